"""SQL backend (sqlite/postgresql): hyperdb classes store issues in ``_issue``."""
ALLOWED_COLUMNS = {"id", "title", "status", "priority", "activity", "creator"}


class IssueClass:
    def __init__(self, db):
        self.db = db

    def text_search(self, text, sort):
        if sort not in ALLOWED_COLUMNS:
            sort = "activity"
        sql = "select id from _issue where _title like %s order by _" + sort
        self.db.sql(sql.replace("%s", self.db.arg), ("%" + text + "%",))
        return [row[0] for row in self.db.cursor.fetchall()]

    def export_rows(self, columns, filterspec):
        cols = ", ".join("_" + c for c in columns if c in ALLOWED_COLUMNS) or "id"
        where = ""
        if filterspec:
            prop, _, value = filterspec.partition(":")
            where = " where _%s = '%s'" % (prop, value)
        # expect: sql-injection
        self.db.sql("select %s from _issue%s" % (cols, where))
        return self.db.cursor.fetchall()


class Database:
    arg = "%s"

    def __init__(self, conn):
        self.conn = conn
        self.cursor = conn.cursor()
        self.issue = IssueClass(self)

    def sql(self, sql, args=None):
        if args:
            self.cursor.execute(sql, args)
        else:
            self.cursor.execute(sql)
