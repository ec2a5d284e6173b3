"""Member records in MySQL."""
from dataclasses import asdict, dataclass

from .db import connection

EDITABLE = ("nickname", "bio", "city")


@dataclass
class MemberUpdate:
    member_id: int
    nickname: str = ""
    bio: str = ""
    city: str = ""


class MemberService:
    def get(self, member_id):
        with connection().cursor() as cur:
            cur.execute("SELECT id, nickname, bio, city FROM members WHERE id = %s", (member_id,))
            return cur.fetchone()

    def find(self, **criteria):
        clauses = []
        for column, value in criteria.items():
            if column in EDITABLE and value:
                clauses.append("{} = '{}'".format(column, value))
        where = " AND ".join(clauses) or "1 = 1"
        with connection().cursor() as cur:
            # expect: sql-injection
            cur.execute("SELECT id, nickname, city FROM members WHERE " + where)
            return cur.fetchall()

    def update(self, change: MemberUpdate):
        values = asdict(change)
        member_id = values.pop("member_id")
        assignments = ", ".join(f"{col} = %({col})s" for col in values if col in EDITABLE)
        with connection().cursor() as cur:
            cur.execute(f"UPDATE members SET {assignments} WHERE id = %(member_id)s", {**values, "member_id": member_id})
        connection().commit()

    def rename(self, member_id, nickname):
        sql = "UPDATE members SET nickname = '%s' WHERE id = %d" % (nickname, member_id)
        conn = connection()
        try:
            with conn.cursor() as cur:
                # expect: sql-injection
                cur.execute(sql)
            conn.commit()
        except pymysql_error():
            conn.rollback()
            raise
        finally:
            conn.close()


def pymysql_error():
    import pymysql

    return pymysql.MySQLError
