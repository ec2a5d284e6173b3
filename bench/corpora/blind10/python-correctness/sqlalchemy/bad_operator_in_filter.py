# library: SQLAlchemy ORM (Python operators inside filter())
"""Queries for the subscriptions dashboard."""
from sqlalchemy import and_, not_, select

from .models import Subscription


def unpaid(session):
    # expect: orm-operator
    return session.query(Subscription).filter(Subscription.paid_at is None).all()


def unpaid_safe(session):
    return session.query(Subscription).filter(Subscription.paid_at.is_(None)).all()


def unpaid_eq(session):
    return session.query(Subscription).filter(Subscription.paid_at == None).all()  # noqa: E711


def active_not_trial(session):
    # expect: orm-operator
    return session.query(Subscription).filter(Subscription.active and not Subscription.trial).all()


def active_not_trial_safe(session):
    return session.query(Subscription).filter(and_(Subscription.active, not_(Subscription.trial))).all()


def plans_except(session, plans):
    # expect: orm-operator
    return session.execute(select(Subscription).where(Subscription.plan not in plans)).scalars().all()


def plans_except_safe(session, plans):
    return session.execute(select(Subscription).where(Subscription.plan.not_in(plans))).scalars().all()
