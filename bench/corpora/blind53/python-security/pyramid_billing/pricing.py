"""Pricing helpers shared by the billing views."""
import decimal
import logging

log = logging.getLogger("billing.pricing")
CURRENCIES = {"EUR": "€", "USD": "$", "GBP": "£"}


def parse_quantity(raw: str) -> int:
    try:
        qty = int(raw)
    except ValueError:
        qty = 1
    return max(1, min(qty, 1000))


def apply_formula(formula: str, amount: decimal.Decimal) -> decimal.Decimal:
    # expect: code-injection
    return decimal.Decimal(eval(formula, {"amount": amount, "Decimal": decimal.Decimal}))


def apply_discount(kind: str, amount: decimal.Decimal) -> decimal.Decimal:
    match kind:
        case "student":
            return amount * decimal.Decimal("0.8")
        case "partner":
            return amount * decimal.Decimal("0.7")
        case _:
            return amount


def currency_symbol(code: str) -> str:
    return CURRENCIES.get(code.upper(), "€")
