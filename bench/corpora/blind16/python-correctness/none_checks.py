from sqlalchemy import select

from .models import Customer


def display_name(customer):
    # expect: eq-none
    if customer.nickname == None:
        return customer.full_name
    return customer.nickname


def has_parent(node):
    # expect: eq-none
    return node.parent != None


def unassigned(session):
    return session.execute(select(Customer).where(Customer.owner_id == None)).scalars().all()  # noqa: E711


def is_root(node):
    return node.parent is None
