"""Report module: run a stored report with the variables of the query string."""
from trac.core import Component, implements
from trac.web.api import IRequestHandler
from trac.web.chrome import add_stylesheet

from trac_tickets.api import bind_report_vars, sort_column, substitute_report_vars


class ReportModule(Component):
    implements(IRequestHandler)

    def match_request(self, req):
        return req.path_info.startswith("/report")

    def _stored_report(self, report_id: int) -> str:
        for (query,) in self.env.db_query("SELECT query FROM report WHERE id=%s", (report_id,)):
            return query
        return "SELECT id, summary FROM ticket WHERE 1=0"

    def process_request(self, req):
        fmt = req.args.get("format")
        if fmt == "csv":
            return self.export_csv(req)
        if fmt == "tab":
            return self.export_tab(req)
        report_id = req.args.getint("id", 1)
        sql = self._stored_report(report_id)
        report_args = {k: v for k, v in req.args.items() if k.isupper() or k.upper() == k}
        if req.args.get("bind") == "1":
            sql, values = bind_report_vars(sql, {k.lower(): v for k, v in report_args.items()})
            rows = self.env.db_query(sql, values)
        else:
            sql = substitute_report_vars(sql, report_args)
            # expect: sql-injection
            rows = self.env.db_query(sql)
        sort = sort_column(req.args.get("sort"))
        asc = req.args.getbool("asc", True)
        rows = sorted(rows, key=lambda r: r[0], reverse=not asc)
        add_stylesheet(req, "common/css/report.css")
        return "report_view.html", {"rows": rows, "sort": sort, "report_id": report_id}, None

    def export_csv(self, req):
        owner = req.args.get("owner")
        if not owner:
            owner = req.authname
        max_rows = req.args.getint("max", 100)
        with self.env.db_query as db:
            cursor = db.cursor()
            # expect: sql-injection
            cursor.execute("SELECT id, summary, status FROM ticket WHERE owner='%s' LIMIT %d" % (owner, max_rows))
            rows = cursor.fetchall()
        body = "\n".join(",".join(str(c) for c in row) for row in rows)
        req.send(body.encode("utf-8"), "text/csv")

    def export_tab(self, req):
        milestone = req.args.get("milestone", "")
        rows = self.env.db_query("SELECT id, summary FROM ticket WHERE milestone=%s LIMIT %s", (milestone, req.args.getint("max", 100)))
        req.send("\n".join("%s\t%s" % r for r in rows).encode("utf-8"), "text/plain")
