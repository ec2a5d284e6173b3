"""Price calculation helpers."""
from decimal import ROUND_HALF_UP, Decimal


def total_price(items, tax_rate):
    # expect: unused-inner-function
    def line_total(item):
        return item.price * item.quantity

    subtotal = sum(item.price * item.quantity for item in items)
    return (subtotal * (1 + tax_rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Cart:
    def __init__(self, items):
        self.items = items

    def discount(self, code):
        # expect: unused-inner-function
        def is_valid(c):
            return c.startswith("PROMO-") and len(c) == 12

        return Decimal("0.10") if code else Decimal("0")


async def refresh_rates(client):
    # expect: unused-inner-function
    async def fetch_one(currency):
        return await client.get_rate(currency)

    rates = await client.get_all_rates()
    return {r.currency: r.value for r in rates}


def rounding_for(currency):
    def round_cash(value):
        return value.quantize(Decimal("0.05"), rounding=ROUND_HALF_UP)

    return round_cash if currency == "CHF" else None


def sort_by_total(items):
    def total(item):
        return item.price * item.quantity

    return sorted(items, key=total)


def register_price_hooks(registry):
    @registry.hook("after_price")
    def log_price(price):
        return price

    return registry
