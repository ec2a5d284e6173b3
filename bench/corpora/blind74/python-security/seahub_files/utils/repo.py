"""Repository lookups that go around the ORM (the seafile tables are not Django models)."""
from django.db import connection


class RepoDAO:
    table = "RepoOwner"

    def owner_of(self, repo_id):
        with connection.cursor() as cursor:
            cursor.execute("SELECT owner_id FROM RepoOwner WHERE repo_id = %s", [repo_id])
            row = cursor.fetchone()
        return row[0] if row else None

    def repos_in_org(self, org_name, order_by="name"):
        column = {"name": "repo_name", "size": "size", "mtime": "update_time"}.get(order_by, "repo_name")
        sql = "SELECT r.repo_id, r.repo_name FROM OrgRepo r JOIN Organization o ON o.org_id = r.org_id"
        sql += " WHERE o.url_prefix = '%s'" % org_name
        sql += " ORDER BY " + column
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(sql)
            return cursor.fetchall()

    def repos_in_org_by_id(self, org_id, order_by="name"):
        column = {"name": "repo_name", "size": "size", "mtime": "update_time"}.get(order_by, "repo_name")
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT repo_id, repo_name FROM OrgRepo WHERE org_id = %s ORDER BY {column}", [org_id])
            return cursor.fetchall()


repo_dao = RepoDAO()
