"""Repository list queries for the admin pages."""
from sqlalchemy import text

SORT_COLUMNS = {"name": "repo_name", "created": "created_on", "owner": "user_id"}


class RepoSearch:
    def __init__(self, session):
        self.session = session

    def by_name(self, term):
        # expect: sql-injection
        return self.session.execute(text("SELECT repo_id, repo_name FROM repositories WHERE repo_name LIKE '%%%s%%'" % term)).fetchall()

    def by_name_bound(self, term, sort):
        column = SORT_COLUMNS.get(sort, "repo_name")
        return self.session.execute(text("SELECT repo_id, repo_name FROM repositories WHERE repo_name LIKE :t ORDER BY %s" % column), {"t": "%" + term + "%"}).fetchall()
