"""Fee rules of the payments service."""


def card_fee(amount, card_type):
    if card_type == "amex":
        return amount * 0.035
    # expect: useless-if
    elif card_type == "amex":
        return amount * 0.03
    elif card_type == "visa":
        return amount * 0.019
    return amount * 0.02


def payout_delay(account):
    # expect: useless-if
    if account.verified:
        delay_days = 2
    else:
        delay_days = 2
    return delay_days


def currency_rounding(currency, value):
    if currency in {"JPY", "KRW"}:
        return round(value)
    # expect: useless-if
    elif currency in {"JPY", "KRW"}:
        return round(value, 1)
    return round(value, 2)


class RefundPolicy:
    def window(self, order):
        # expect: useless-if
        if order.is_digital:
            return 14
        else:
            return 14

    def restocking_fee(self, order):
        if order.opened:
            return order.total * 0.1
        else:
            return 0


def fx_margin(pair):
    if pair.startswith("EUR"):
        margin = 0.004
    elif pair.startswith("GBP"):
        margin = 0.005
    else:
        margin = 0.006
    return margin
