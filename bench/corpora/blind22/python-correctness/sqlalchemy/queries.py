"""Query helpers for the subscription service (SQLAlchemy ORM)."""
from sqlalchemy import and_, or_, select

from .models import Subscription, User


def active(session):
    return session.query(Subscription).filter(Subscription.cancelled_at == None).all()


def active_v2(session):
    # expect: sqlalchemy-bad-operator
    return session.query(Subscription).filter(Subscription.cancelled_at is None).all()


def trials(session):
    return session.query(Subscription).filter(and_(Subscription.trial == True, Subscription.plan == "pro")).all()


def trials_v2(session):
    # expect: sqlalchemy-bad-operator
    return session.query(Subscription).filter(Subscription.trial == True and Subscription.plan == "pro").all()


def churn_candidates(session):
    stmt = select(User).where(or_(User.last_login == None, User.seats == 0))
    return session.execute(stmt).scalars().all()


def churn_candidates_v2(session):
    # expect: sqlalchemy-bad-operator
    stmt = select(User).where(User.last_login == None or User.seats == 0)
    return session.execute(stmt).scalars().all()


def not_paying(session):
    return session.query(User).filter(User.plan.in_(["free", "trial"])).all()


def not_paying_v2(session):
    # expect: sqlalchemy-bad-operator
    return session.query(User).filter(User.plan in ["free", "trial"]).all()
