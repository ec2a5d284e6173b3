import sqlite3


class Database:
    def __init__(self, path="dev_database.sqlite"):
        self.path = path

    def _conn(self):
        return sqlite3.connect(self.path)

    def get_adventure(self, adventure_id):
        row = self._conn().execute("SELECT name, content FROM adventures WHERE id = ?", (adventure_id,)).fetchone()
        return {"name": row[0], "content": row[1]} if row else None

    def update_adventure(self, adventure_id, name, content):
        conn = self._conn()
        conn.execute("UPDATE adventures SET name = ?, content = ? WHERE id = ?", (name, content, adventure_id))
        conn.commit()

    def rename_program(self, program_id, name):
        conn = self._conn()
        conn.execute("UPDATE programs SET name = ? WHERE id = ?", (name, program_id))
        conn.commit()

    def filtered_programs(self, username, adventure, level):
        clauses = ["username = ?"]
        params = [username]
        if level:
            clauses.append("level = %d" % int(level))
        if adventure:
            clauses.append("adventure_name = '%s'" % adventure)
        where = " AND ".join(clauses)
        # expect: sql-injection
        return self._conn().execute("SELECT id, name, level FROM programs WHERE " + where, params).fetchall()
