from sqlalchemy import text

from keystone_identity.identity.backends.sql_model import User

COMPARATORS = {"contains": "%{}%", "startswith": "{}%", "endswith": "%{}"}


class Identity:
    def __init__(self, session_factory):
        self.session_factory = session_factory

    def list_users(self, hints):
        with self.session_factory() as session:
            query = session.query(User)
            for f in hints.filters:
                if f["comparator"] == "equals":
                    query = query.filter(getattr(User, f["name"]) == f["value"])
                elif f["comparator"] in COMPARATORS:
                    query = query.filter(getattr(User, f["name"]).ilike(COMPARATORS[f["comparator"]].format(f["value"])))
            return query.all()

    def list_users_text(self, hints):
        clauses = ["%s LIKE '%s'" % (f["name"], f["value"]) for f in hints.filters]
        where = " AND ".join(clauses) or "1=1"
        with self.session_factory() as session:
            # expect: sql-injection
            return session.execute(text("SELECT id, name, domain_id FROM local_user WHERE " + where)).fetchall()
