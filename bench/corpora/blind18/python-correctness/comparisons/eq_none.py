"""Report filters for the analytics service."""
from sqlalchemy import select

from .models import Event


def active_filters(filters):
    # expect: eq-none
    return {k: v for k, v in filters.items() if v != None}


def first_missing(rows, key):
    for row in rows:
        # expect: eq-none
        if row.get(key) == None:
            return row
    return None


def owner_label(event):
    # expect: eq-none
    if None == event.owner:
        return "unassigned"
    return event.owner.name


def unassigned_query():
    # safe: SQLAlchemy column comparison builds IS NULL
    return select(Event).where(Event.owner_id == None)


def assigned_query():
    # safe: SQLAlchemy idiom
    return select(Event).where(Event.owner_id.is_not(None))


def has_parent(event):
    # safe: identity
    return event.parent is not None


def label_for(value):
    # expect: eq-none
    result = "n/a" if value == None else str(value)
    return result
