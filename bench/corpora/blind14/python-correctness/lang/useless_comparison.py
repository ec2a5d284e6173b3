# library: Python language (comparison used as a statement)
"""Order state transitions."""


class Order:
    def __init__(self, status="new"):
        self.status = status
        self.attempts = 0

    def mark_paid(self):
        # expect: useless-comparison
        self.status == "paid"
        return self

    def mark_shipped(self):
        self.status = "shipped"
        return self

    def retry(self):
        # expect: useless-comparison
        self.attempts == self.attempts + 1
        return self.attempts < 3

    def is_paid(self):
        return self.status == "paid"


def assert_paid(order):
    assert order.status == "paid", order.status
