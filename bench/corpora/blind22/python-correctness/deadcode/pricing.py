"""Price calculation for the quoting tool."""
VAT = {"de": 0.19, "fr": 0.20, "nl": 0.21}

CURRENCIES = {
    "EUR": "€",
    "USD": "$",
    # expect: duplicate-key
    "EUR": "EUR",
}


def price(net, country):
    rate = VAT.get(country, 0.0)
    return round(net * (1 + rate), 2)
    # expect: unreachable
    print("computed price", net)


def discount(net, code):
    if code == "WELCOME":
        return net * 0.9
    elif code == "STAFF":
        return net * 0.7
    return net


def shipping(weight, express):
    # expect: useless-if
    if express:
        cost = 4.99 + weight * 0.5
    else:
        cost = 4.99 + weight * 0.5
    return cost


def shipping_v2(weight, express):
    base = 9.99 if express else 4.99
    return base + weight * 0.5


def rounding(values):
    def _round(v):
        return round(v, 2)
    # expect: useless-inner-function
    def _floor(v):
        return int(v)
    return [_round(v) for v in values]


def total(lines):
    amount = 0
    for qty, unit in lines:
        amount += qty * unit
    # expect: useless-comparison
    amount == 0
    return amount


def raise_on_negative(value):
    if value < 0:
        raise ValueError("negative price")
        # expect: unreachable
        return 0
    return value
