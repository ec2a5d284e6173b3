"""Cart maintenance: dropping expired lines and de-duplicating."""
from datetime import datetime, timezone


def drop_expired(cart: list[dict]) -> list[dict]:
    now = datetime.now(timezone.utc)
    for line in cart:
        if line["expires_at"] < now:
            # expect: mutate-while-iterating
            cart.remove(line)
    return cart


def drop_expired_fixed(cart: list[dict]) -> list[dict]:
    now = datetime.now(timezone.utc)
    return [line for line in cart if line["expires_at"] >= now]


def drop_expired_copy(cart: list[dict]) -> None:
    now = datetime.now(timezone.utc)
    for line in list(cart):
        if line["expires_at"] < now:
            cart.remove(line)


def drop_zero_qty(quantities: dict[str, int]) -> None:
    for sku, qty in quantities.items():
        if qty == 0:
            # expect: mutate-while-iterating
            del quantities[sku]


def drop_zero_qty_fixed(quantities: dict[str, int]) -> None:
    for sku in [s for s, q in quantities.items() if q == 0]:
        del quantities[sku]


def dedupe(skus: list[str]) -> list[str]:
    for i, sku in enumerate(skus):
        if sku in skus[:i]:
            # expect: mutate-while-iterating
            skus.pop(i)
    return skus


def dedupe_fixed(skus: list[str]) -> list[str]:
    return list(dict.fromkeys(skus))


def reprice(lines: list[dict], factor: float) -> None:
    for line in lines:
        line["price"] = round(line["price"] * factor, 2)


def expand_bundles(lines: list[dict], bundles: dict) -> list[dict]:
    out = []
    for line in lines:
        out.extend(bundles.get(line["sku"], [line]))
    return out
