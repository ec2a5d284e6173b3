"""Memo persistence on request.dbsession."""
from sqlalchemy import text

from .. import models

ORDER = {"new": models.Memo.created.desc(), "title": models.Memo.title.asc()}


def list_memos(dbsession, owner_id, order="new"):
    return (
        dbsession.query(models.Memo)
        .filter(models.Memo.owner_id == owner_id)
        .order_by(ORDER.get(order, ORDER["new"]))
        .all()
    )


def search(dbsession, owner_id, word):
    # expect: sql-injection
    return dbsession.execute(text(f"SELECT id, title FROM memos WHERE owner_id = {int(owner_id)} AND body LIKE '%{word}%'")).fetchall()


def search_bound(dbsession, owner_id, word):
    return dbsession.execute(
        text("SELECT id, title FROM memos WHERE owner_id = :o AND body LIKE :w"),
        {"o": int(owner_id), "w": f"%{word}%"},
    ).fetchall()


def get(dbsession, memo_id):
    return dbsession.query(models.Memo).get(int(memo_id))


def create(dbsession, owner_id, title, body):
    memo = models.Memo(owner_id=owner_id, title=title, body=body)
    dbsession.add(memo)
    dbsession.flush()
    return memo
