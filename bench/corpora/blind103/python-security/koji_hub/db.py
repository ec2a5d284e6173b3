import psycopg2

_conn = None


def context_cursor():
    global _conn
    if _conn is None:
        _conn = psycopg2.connect("dbname=koji")
    return _conn.cursor()


def _singleValue(query, values=None):
    cursor = context_cursor()
    cursor.execute(query, values or {})
    row = cursor.fetchone()
    return row[0] if row else None


class QueryProcessor:
    def __init__(self, columns, tables, clauses=None, values=None, opts=None):
        self.columns = columns
        self.tables = tables
        self.clauses = clauses or []
        self.values = values or {}
        self.opts = opts or {}

    def _order(self):
        order = self.opts.get("order")
        return " ORDER BY " + order if order else ""

    def execute(self):
        sql = "SELECT %s FROM %s" % (", ".join(self.columns), " JOIN ".join(self.tables))
        if self.clauses:
            sql += " WHERE " + " AND ".join(self.clauses)
        cursor = context_cursor()
        # expect: sql-injection
        cursor.execute(sql + self._order(), self.values)
        return cursor.fetchall()
