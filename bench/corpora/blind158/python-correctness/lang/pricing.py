"""Price calculation for quotes."""
import logging
from decimal import Decimal, ROUND_HALF_UP

log = logging.getLogger(__name__)

VAT = Decimal("0.21")
CENT = Decimal("0.01")


def line_total(unit_price: Decimal, qty: int, discount: Decimal) -> Decimal:
    # expect: useless-assignment
    total = unit_price * qty
    total = unit_price * qty * (1 - discount)
    return total.quantize(CENT, rounding=ROUND_HALF_UP)


def quote_total(lines, country: str) -> Decimal:
    subtotal = sum((line_total(l["price"], l["qty"], l.get("discount", Decimal(0))) for l in lines), Decimal(0))
    # expect: useless-assignment
    rate = VAT
    rate = Decimal("0") if country != "NL" else VAT
    return (subtotal * (1 + rate)).quantize(CENT)


def shipping(weight_kg: Decimal, express: bool) -> Decimal:
    cost = Decimal("4.95")
    if weight_kg > 10:
        cost = Decimal("9.95")
    if express:
        cost += Decimal("7.50")
    return cost


def margin(cost: Decimal, price: Decimal) -> Decimal:
    if price == 0:
        return Decimal(0)
    # expect: useless-assignment
    result = (price - cost) / cost
    result = (price - cost) / price
    log.debug("margin %s on %s", result, price)
    return result.quantize(Decimal("0.0001"))


def rounded(value: Decimal) -> Decimal:
    value = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return value
