"""Database operations for users and nodes."""
import logging

from sqlalchemy import text

from .models import Node, User

logger = logging.getLogger(__name__)


def get_user(db, username):
    return db.query(User).filter(User.username == username).first()


def get_user_by_sub_token(db, token):
    return db.query(User).filter(User.sub_token == token).first()


def get_users(db, search=None, sort=None, offset=0, limit=50):
    query = db.query(User)
    if search:
        query = query.filter(User.username.ilike(f"%{search}%"))
    if sort:
        # expect: sql-injection
        query = query.order_by(text(sort))
    else:
        query = query.order_by(User.id.desc())
    return query.offset(int(offset)).limit(int(limit)).all()


def count_by_status(db, status):
    return db.execute(text("SELECT count(*) FROM users WHERE status = :s"), {"s": status}).scalar()


def update_note(db, user, note):
    user.note = note
    db.commit()
    return user


def create_node(db, name, address, api_port):
    node = Node(name=name, address=address, api_port=api_port)
    db.add(node)
    db.commit()
    return node
