"""Query helpers for the admin user list."""
from datetime import datetime, timedelta

from sqlalchemy import or_
from sqlalchemy.orm import Session

from .models import User, Role

STAFF_ROLES = ["admin", "support"]


def staff_users(session: Session):
    # expect: bad-filter-operator
    return session.query(User).filter(User.role in STAFF_ROLES).all()


def staff_users_fixed(session: Session):
    return session.query(User).filter(User.role.in_(STAFF_ROLES)).all()


def inactive_users(session: Session):
    # expect: bad-filter-operator
    return session.query(User).filter(not User.is_active).order_by(User.created_at).all()


def inactive_users_fixed(session: Session):
    return session.query(User).filter(~User.is_active).order_by(User.created_at).all()


def never_logged_in(session: Session):
    # expect: bad-filter-operator
    return session.query(User).filter(User.last_login is None).all()


def never_logged_in_fixed(session: Session):
    return session.query(User).filter(User.last_login == None).all()  # noqa: E711


def unverified(session: Session):
    return session.query(User).filter(User.verified_at.is_(None)).all()


def recent_or_flagged(session: Session, days: int = 7):
    since = datetime.utcnow() - timedelta(days=days)
    return session.query(User).filter(or_(User.created_at >= since, User.flagged.is_(True))).all()


def by_role_name(session: Session, name: str):
    return session.query(User).join(Role).filter(Role.name == name).all()
