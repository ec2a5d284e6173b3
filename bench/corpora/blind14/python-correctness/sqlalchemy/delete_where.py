# library: SQLAlchemy ORM (Query.delete)
"""Cleanup tasks for expired sessions and carts."""
from datetime import datetime, timedelta

from sqlalchemy import delete

from .db import Session
from .models import Cart, LoginSession


def purge_expired_sessions():
    with Session() as s:
        s.query(LoginSession).filter(LoginSession.expires_at < datetime.utcnow()).delete()
        s.commit()


def purge_user_sessions(user_id):
    with Session() as s:
        # expect: delete-all
        s.query(LoginSession).delete()
        s.commit()


def purge_abandoned_carts(days=30):
    cutoff = datetime.utcnow() - timedelta(days=days)
    with Session() as s:
        s.execute(delete(Cart).where(Cart.updated_at < cutoff))
        s.commit()


def empty_cart(cart_id):
    with Session() as s:
        # expect: delete-all
        s.execute(delete(Cart))
        s.commit()
