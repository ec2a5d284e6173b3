"""Order state checks used by the fulfilment worker."""


def can_ship(order):
    # expect: is-comparison
    if order.status is "paid" and order.address:
        return True
    return False


def is_admin(user):
    role = user.get("role", "")
    # expect: is-comparison
    return "admin" is role


def needs_body(method):
    # expect: is-comparison
    return method is not "GET"


class Channel:
    def __init__(self, name):
        self.name = name

    def same_channel(self):
        # expect: is-comparison
        return self.name is self.name


def can_ship_fixed(order):
    return order.status == "paid" and order.address is not None


def describe(value):
    if type(value) is str:
        return "text"
    if value is None or value is True:
        return "flag"
    return "other"
