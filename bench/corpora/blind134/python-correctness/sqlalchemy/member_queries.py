"""Member lookups for the club admin pages (Flask-SQLAlchemy)."""
from sqlalchemy import and_, not_, or_

from .models import Member


def active_members():
    # expect: bad-filter-operator
    return Member.query.filter(Member.deleted_at is None).all()


def verified_admins():
    # expect: bad-filter-operator
    return Member.query.filter(Member.is_admin and Member.email_verified).all()


def members_in(regions):
    # expect: bad-filter-operator
    return Member.query.filter(Member.region in regions).order_by(Member.name).all()


def active_members_safe():
    return Member.query.filter(Member.deleted_at == None).all()  # noqa: E711


def verified_admins_safe():
    return Member.query.filter(and_(Member.is_admin, Member.email_verified)).all()


def members_in_safe(regions):
    return Member.query.filter(Member.region.in_(regions)).all()


def lapsed_or_banned():
    return Member.query.filter(or_(Member.lapsed, not_(Member.in_good_standing))).all()
