"""User lookups on SQLAlchemy ORM."""
from sqlalchemy import and_, or_, select

from app.models import User


def active_admins(session):
    # expect: bad-filter-operator
    return session.query(User).filter(User.active and User.is_admin).all()


def not_banned(session):
    # expect: bad-filter-operator
    return session.query(User).filter(not User.banned).all()


def in_teams(session, team_ids):
    # expect: bad-filter-operator
    return session.query(User).filter(User.team_id in team_ids).all()


def active_admins_ok(session):
    return session.query(User).filter(and_(User.active, User.is_admin)).all()


def staff_or_admin(session):
    stmt = select(User).where(or_(User.is_staff, User.is_admin), ~User.banned, User.team_id.in_([1, 2]))
    return session.scalars(stmt).all()
