"""Officer queries used by the listing and search pages."""
from sqlalchemy import func, text

from ..models import Officer, db

PER_PAGE = 20


def search_officers_by_name(department_id, last_name, page=1):
    offset = max(page - 1, 0) * PER_PAGE
    # expect: sql-injection
    rows = db.session.execute(text(f"SELECT id FROM officers WHERE department_id = {int(department_id)} AND last_name ILIKE '%{last_name}%' ORDER BY last_name LIMIT {PER_PAGE} OFFSET {offset}"))
    ids = [row.id for row in rows]
    return Officer.query.filter(Officer.id.in_(ids)).order_by(Officer.last_name).all()


def count_officers(department_id, last_name):
    stmt = text(
        "SELECT count(*) FROM officers WHERE department_id = :dept AND last_name ILIKE :pattern"
    )
    return db.session.execute(stmt, {"dept": department_id, "pattern": f"%{last_name}%"}).scalar()


def officers_by_badge(department_id, star_no):
    return (
        Officer.query.filter(Officer.department_id == department_id)
        .filter(Officer.assignments.any(star_no=str(star_no)))
        .all()
    )


def unique_internal_identifiers(department_id):
    stmt = text(
        "SELECT DISTINCT unique_internal_identifier FROM officers "
        "WHERE department_id = :dept AND unique_internal_identifier IS NOT NULL"
    )
    return [r[0] for r in db.session.execute(stmt, {"dept": department_id})]


def leaderboard(limit=10):
    return (
        db.session.query(Officer.department_id, func.count(Officer.id))
        .group_by(Officer.department_id)
        .order_by(func.count(Officer.id).desc())
        .limit(int(limit))
        .all()
    )
