"""Query helpers used by the API resources."""
from sqlalchemy import text

from horde.flask import db
from horde.classes.user import User
from horde.classes.worker import Worker

WORKER_ORDER = {
    "uptime": Worker.uptime.desc(),
    "kudos": Worker.kudos.desc(),
    "name": Worker.name.asc(),
}


def find_user_by_api_key(api_key):
    return db.session.query(User).filter(User.api_key == User.hash_api_key(api_key)).first()


def list_users(sort, page):
    offset = (max(int(page), 1) - 1) * 25
    # expect: sql-injection
    query = db.session.query(User).order_by(text(f"{sort} DESC")).offset(offset).limit(25)
    return query.all()


def list_workers(order):
    return db.session.query(Worker).order_by(WORKER_ORDER.get(order, Worker.uptime.desc())).limit(100).all()


def find_worker_by_name(name):
    return db.session.query(Worker).filter(Worker.name == name).first()


def count_waiting_prompts(user_id):
    return db.session.execute(
        text("SELECT count(*) FROM waiting_prompts WHERE user_id = :uid AND active"), {"uid": user_id}
    ).scalar()


def worker_kudos_report(min_kudos):
    rows = db.session.execute(
        text("SELECT name, kudos FROM workers WHERE kudos >= :m ORDER BY kudos DESC LIMIT 50"),
        {"m": int(min_kudos)},
    )
    return [dict(row._mapping) for row in rows]
