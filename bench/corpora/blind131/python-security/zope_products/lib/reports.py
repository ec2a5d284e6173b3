from Acquisition import aq_inner


class ReportQuery:
    def __init__(self, context):
        self.conn = aq_inner(context).portal_reports_db()

    def rows(self, department, order):
        result = self.conn.query("SELECT title, owner FROM reports WHERE department = %s" % self.conn.sql_quote__(department))
        # expect: sql-injection
        ordered = self.conn.query(f"SELECT title, owner, created FROM reports WHERE department = {self.conn.sql_quote__(department)} ORDER BY {order}")
        return result, ordered
