"""Value objects shared by the pricing and invoicing modules."""
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal


# expect: eq-without-hash
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency):
        self.amount = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        self.currency = currency

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.amount == other.amount and self.currency == other.currency

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError("currency mismatch")
        return Money(self.amount + other.amount, self.currency)

    def __repr__(self):
        return f"Money({self.amount!s}, {self.currency!r})"


class Currency:
    def __init__(self, code, minor_units=2):
        self.code = code.upper()
        self.minor_units = minor_units

    def __eq__(self, other):
        return isinstance(other, Currency) and self.code == other.code

    def __hash__(self):
        return hash(self.code)


@dataclass(frozen=True)
class TaxRate:
    country: str
    rate: Decimal


# expect: eq-without-hash
class PriceKey:
    """Key of the price cache: (sku, currency, tier)."""

    def __init__(self, sku, currency, tier="list"):
        self.sku, self.currency, self.tier = sku, currency, tier

    def __eq__(self, other):
        return (self.sku, self.currency, self.tier) == (other.sku, other.currency, other.tier)


_price_cache = {}


def cached_price(sku, currency, tier, loader):
    key = PriceKey(sku, currency, tier)
    if key not in _price_cache:
        _price_cache[key] = loader(sku, currency, tier)
    return _price_cache[key]
