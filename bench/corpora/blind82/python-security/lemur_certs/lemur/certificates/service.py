from sqlalchemy import text

from ..extensions import db

SORTABLE = {"id", "name", "not_after", "owner"}


def render(args):
    filt = args.get("filter", "")
    sort_by = args["sort_by"] if args.get("sort_by") in SORTABLE else "id"
    direction = "DESC" if args.get("sort_dir") == "desc" else "ASC"
    query = f"SELECT id, name FROM certificates ORDER BY {sort_by} {direction}"
    if filt:
        terms = filt.split(";")
        column, value = terms[0], terms[1] if len(terms) > 1 else ""
        if column not in SORTABLE:
            return []
        query = f"SELECT id, name FROM certificates WHERE {column} ILIKE :v ORDER BY {sort_by} {direction}"
        return db.session.execute(text(query), {"v": f"%{value}%"}).fetchall()
    return db.session.execute(text(query)).fetchall()


def search_by_owner(owner):
    owner = owner or "secops@example.com"
    # expect: sql-injection
    return db.session.execute(text("SELECT id FROM certificates WHERE owner = '" + owner + "'")).fetchall()


def get(certificate_id):
    return db.session.execute(text("SELECT * FROM certificates WHERE id = :i"), {"i": certificate_id}).first()
