"""Query helpers for the Flask-SQLAlchemy models of the admin app."""
from sqlalchemy import and_, not_, or_

from .models import Invoice, User


def active_users():
    # expect: bad-filter-operator
    return User.query.filter(User.deleted_at is None).all()


def verified_users():
    # expect: bad-filter-operator
    return User.query.filter(User.email_verified_at is not None).order_by(User.id).all()


def admins_or_staff():
    # expect: bad-filter-operator
    return User.query.filter(User.is_admin or User.is_staff).all()


def users_in(emails):
    # expect: bad-filter-operator
    return User.query.filter(User.email in emails).all()


def unpaid_invoices(customer_id):
    return Invoice.query.filter(
        # expect: bad-filter-operator
        Invoice.customer_id == customer_id and Invoice.paid_at == None  # noqa: E711
    ).all()


def not_locked():
    # expect: bad-filter-operator
    return User.query.filter(not User.locked).count()


def active_users_ok():
    return User.query.filter(User.deleted_at.is_(None)).all()


def verified_admins_ok():
    return User.query.filter(and_(User.is_admin, User.email_verified_at.isnot(None))).all()


def staff_or_admin_ok(emails):
    return User.query.filter(or_(User.is_admin, User.is_staff), User.email.in_(emails)).all()


def unlocked_ok():
    return User.query.filter(not_(User.locked)).count()
