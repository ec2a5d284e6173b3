from datetime import datetime

from sqlalchemy import Boolean, Column, DateTime, Integer, String, Text, text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    slug = Column(String(120), unique=True, nullable=False)
    title = Column(String(200), nullable=False)
    body_md = Column(Text, nullable=False, default="")
    author = Column(String(80))
    published = Column(Boolean, default=False)
    published_at = Column(DateTime, default=datetime.utcnow)


def find_by_slug(dbsession, slug):
    return dbsession.query(Post).filter(Post.slug == slug, Post.published.is_(True)).one_or_none()


def search_posts(dbsession, term, author=None):
    q = dbsession.query(Post).filter(Post.published.is_(True))
    q = q.filter(text("title ILIKE :term")).params(term=f"%{term}%")
    if author:
        # expect: sql-injection
        q = q.filter(text("author = '{}'".format(author)))
    return q.order_by(Post.published_at.desc()).limit(20).all()
