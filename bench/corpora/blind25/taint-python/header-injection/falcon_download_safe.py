"""Report download with a custom name (Falcon), quoted by the framework."""
import re

import falcon


class ReportDownload:
    def on_get(self, req, resp):
        title = re.sub(r"[^A-Za-z0-9_-]", "_", req.get_param("title", default="report"))
        resp.content_type = "text/csv"
        resp.downloadable_as = f"{title}.csv"
        resp.text = "a,b\n"


app = falcon.App()
app.add_route("/report.csv", ReportDownload())
