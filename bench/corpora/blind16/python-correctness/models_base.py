class Base:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return self.name


class Timestamped(Base):
    def __init__(self, name, created):
        super().__init__(name)
        self.created = created


class Invoice(Timestamped):
    def __init__(self, name, created, total):
        # expect: super-wrong-class
        super(Timestamped, self).__init__(name, created)
        self.total = total

    def describe(self):
        return f"{super().describe()} ({self.total})"


class CreditNote(Timestamped):
    def __init__(self, name, created, amount):
        super(CreditNote, self).__init__(name, created)
        self.amount = amount


class Receipt(Base):
    def __init__(self, name, total):
        Base.__init__(self, name)
        # expect: return-in-init
        return self.validate(total)

    def validate(self, total):
        return total >= 0
