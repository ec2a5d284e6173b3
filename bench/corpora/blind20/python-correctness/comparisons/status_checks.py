"""Order status checks used by the fulfilment worker."""
from sqlalchemy import select

from .models import Order

_MISSING = object()


def is_shippable(order) -> bool:
    # expect: is-literal
    if order.status is "paid":
        return True
    return False


def needs_retry(attempts: int) -> bool:
    # expect: is-literal
    return attempts is not 0 and attempts < 5


def has_carrier(order) -> bool:
    # expect: eq-none
    return order.carrier != None


def carrier_name(order) -> str:
    # expect: eq-none
    return "unknown" if order.carrier == None else order.carrier.name


def carrier_name_fixed(order) -> str:
    return "unknown" if order.carrier is None else order.carrier.name


def unassigned(session):
    stmt = select(Order).where(Order.carrier_id == None)  # noqa: E711
    return session.scalars(stmt).all()


def unassigned_explicit(session):
    return session.scalars(select(Order).where(Order.carrier_id.is_(None))).all()


def option(opts: dict, key: str):
    value = opts.get(key, _MISSING)
    if value is _MISSING:
        raise KeyError(key)
    return value


def flag_enabled(flags: dict, name: str) -> bool:
    return flags.get(name) is True


def is_empty_box(box) -> bool:
    # expect: is-literal
    return box.items is () or box.weight == 0


def same_warehouse(a, b) -> bool:
    return a.warehouse_id == b.warehouse_id and a.region == b.region
