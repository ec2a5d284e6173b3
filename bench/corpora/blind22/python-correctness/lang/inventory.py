"""In-memory inventory used by the warehouse simulator."""


class Inventory:
    def __init__(self, items):
        self.items = dict(items)
        self.ready = False
        if not items:
            # expect: return-in-init
            return None
        self.ready = True

    def is_empty(self):
        return not self.items

    def drop_zero(self):
        for sku in self.items:
            if self.items[sku] == 0:
                # expect: mutate-while-iterating
                del self.items[sku]

    def drop_zero_safe(self):
        for sku in list(self.items):
            if self.items[sku] == 0:
                del self.items[sku]

    def restock(self, skus):
        for sku in skus:
            if sku.startswith("tmp-"):
                # expect: mutate-while-iterating
                skus.remove(sku)
        return skus

    def summary(self):
        # expect: is-function-not-called
        if self.is_empty:
            return "empty"
        if self.is_empty():
            return "empty"
        return f"{len(self.items)} skus"


class Box:
    def __init__(self, w, h):
        self.w, self.h = w, h

    # expect: missing-hash
    def __eq__(self, other):
        return (self.w, self.h) == (other.w, other.h)


class Pallet:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __hash__(self):
        return hash(self.n)
