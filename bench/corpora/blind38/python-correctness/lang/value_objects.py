"""Value objects used as dictionary keys and set members."""
from dataclasses import dataclass


# expect: missing-hash
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __eq__(self, other):
        return (self.amount, self.currency) == (other.amount, other.currency)


class Base:
    def __init__(self, key):
        self.key = key


# expect: missing-hash
class Sku(Base):
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sku):
            return NotImplemented
        return self.key.upper() == other.key.upper()

    def __repr__(self):
        return f"Sku({self.key!r})"


def make_point_type():
    # expect: missing-hash
    class Point:
        __slots__ = ("x", "y")

        def __init__(self, x, y):
            self.x, self.y = x, y

        def __eq__(self, other):
            return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    return Point


class Currency:
    def __init__(self, code):
        self.code = code

    def __hash__(self):
        return hash(self.code)

    def __eq__(self, other):
        return isinstance(other, Currency) and self.code == other.code


class Basket:
    __hash__ = None

    def __init__(self):
        self.items = []

    def __eq__(self, other):
        return isinstance(other, Basket) and self.items == other.items


@dataclass(frozen=True)
class Rate:
    base: str
    quote: str
    value: float
