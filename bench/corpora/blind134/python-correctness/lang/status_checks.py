"""Order status helpers used by the fulfilment views."""

ACTIVE = "active"


def is_open(order):
    # expect: is-literal
    if order.status is "open":
        return True
    return order.status == "pending"


def can_cancel(order, actor_role):
    # expect: is-literal
    if "admin" is actor_role:
        return True
    return order.status in ("open", "pending") and order.owner_id == order.actor_id


def label(order):
    # expect: is-literal
    return "Shipped" if order.carrier_state is "delivered_to_carrier" else order.status.title()


def normalise(order):
    if order.status is None:
        order.status = ACTIVE
    if type(order.status) is str:
        order.status = order.status.strip().lower()
    if order.archived is True:
        return "archived"
    return order.status == ACTIVE
