"""Member lookups for the club site (Flask-SQLAlchemy models)."""
from datetime import datetime, timedelta

from sqlalchemy import and_, not_, or_

from .models import Invoice, Member, Order


def active_members():
    """Members who have not been soft-deleted."""
    return (
        Member.query
        # expect: sqlalchemy-filter-operator
        .filter(Member.deleted_at is None)
        .order_by(Member.joined_at)
        .all()
    )


def verified_admins():
    return Member.query.filter(
        # expect: sqlalchemy-filter-operator
        Member.email_verified and Member.is_admin
    ).all()


def members_with_email():
    # expect: sqlalchemy-filter-operator
    return Member.query.filter(Member.email is not None).count()


def staff(roles=("owner", "treasurer")):
    query = Member.query
    # expect: sqlalchemy-filter-operator
    query = query.filter(Member.role in roles)
    return query.all()


def pending_orders():
    since = datetime.utcnow() - timedelta(days=7)
    # expect: sqlalchemy-filter-operator
    return Order.query.filter(not Order.shipped, Order.created_at >= since).all()


def overdue_or_disputed():
    return Invoice.query.filter(
        # expect: sqlalchemy-filter-operator
        Invoice.overdue or Invoice.disputed
    ).all()


def active_members_fixed():
    return Member.query.filter(Member.deleted_at.is_(None)).all()


def verified_admins_fixed():
    return Member.query.filter(and_(Member.email_verified, Member.is_admin)).all()


def staff_fixed(roles=("owner", "treasurer")):
    return Member.query.filter(Member.role.in_(roles), not_(Member.suspended)).all()


def overdue_or_disputed_fixed():
    return Invoice.query.filter(or_(Invoice.overdue, Invoice.disputed), ~Invoice.paid).all()
