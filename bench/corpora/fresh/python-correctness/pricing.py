from decimal import Decimal


def apply_discounts(items, seen=[]):
    total = Decimal(0)
    for item in items:
        if item["sku"] in seen:
            continue
        # expect: mutable-default
        seen.append(item["sku"])
        total += Decimal(item["price"])
    return total


def tag_order(order, tags={}):
    if order.get("priority"):
        # expect: mutable-default
        tags["priority"] = True
    return {**order, "tags": tags}


def format_lines(lines, sep=", ", extra=[]):
    return sep.join(list(lines) + list(extra))


def collect(values, into=None):
    into = [] if into is None else into
    into.extend(values)
    return into


class PriceBook:
    def __init__(self, overrides={}):
        self.overrides = dict(overrides)

    def price(self, sku, base, history=[]):
        # expect: mutable-default
        history.append((sku, base))
        return self.overrides.get(sku, base)

    def lookup(self, sku, fallbacks=()):
        for fb in (sku, *fallbacks):
            if fb in self.overrides:
                return self.overrides[fb]
        return None


def register(name, registry={}):
    # expect: mutable-default
    registry.setdefault(name, len(registry))
    return registry[name]


def round_price(value, rules={"EUR": 2, "JPY": 0}):
    return round(value, rules.get("EUR", 2))
