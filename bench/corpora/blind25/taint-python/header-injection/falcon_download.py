"""Report download with a custom name (Falcon)."""
import falcon


class ReportDownload:
    def on_get(self, req, resp):
        title = req.get_param("title", default="report")
        resp.content_type = "text/csv"
        # expect: header-injection
        resp.set_header("Content-Disposition", "attachment; filename=%s.csv" % title)
        resp.text = "a,b\n"


app = falcon.App()
app.add_route("/report.csv", ReportDownload())
