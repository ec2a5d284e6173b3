"""Report totals."""


def order_total(lines):
    # expect: useless-assign
    total = 0
    total = sum(line.price * line.qty for line in lines)
    return total


def discount(customer):
    # expect: useless-assign
    rate = 0.05
    rate = 0.1 if customer.vip else 0.0
    return rate


def running_total(lines):
    total = 0
    for line in lines:
        total = total + line.price
    return total
