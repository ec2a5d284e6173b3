"""Member lookups for the Flask-SQLAlchemy admin."""
from sqlalchemy import and_, not_, or_

from .models import Member, Subscription, db


def active_members(team_id):
    # expect: bad-filter-operator
    return Member.query.filter(Member.team_id == team_id and Member.active == True).all()


def unverified(team_id):
    # expect: bad-filter-operator
    return Member.query.filter(Member.team_id == team_id, Member.verified_at is None).all()


def by_roles(roles):
    # expect: bad-filter-operator
    return Member.query.filter(Member.role in roles).all()


def lapsed():
    # expect: bad-filter-operator
    return Subscription.query.filter(not Subscription.paid).all()


def admins_or_owners(team_id):
    return Member.query.filter(Member.team_id == team_id, or_(Member.role == "admin", Member.role == "owner")).all()


def unverified_ok(team_id):
    return Member.query.filter(and_(Member.team_id == team_id, Member.verified_at.is_(None))).all()


def by_roles_ok(roles):
    return Member.query.filter(Member.role.in_(roles)).all()


def unpaid_ok():
    return Subscription.query.filter(not_(Subscription.paid)).all()


def first_active(members):
    return next((m for m in members if m.active and m.verified_at is not None), None)


def count_team(team_id):
    return db.session.query(Member).filter_by(team_id=team_id).count()
