"""Backoffice: list, search and import ICUs."""
import os
import uuid

import tornado.escape
import tornado.web

from icubam.backoffice.handlers import base
from icubam.db import queries

UPLOAD_DIR = os.environ.get("ICUBAM_UPLOADS", "/var/lib/icubam/uploads")


class ListICUsHandler(base.BaseHandler):
    ROUTE = "list_icus"

    @tornado.web.authenticated
    def get(self):
        rows = queries.icus_matching(self.db.session, self.get_query_argument("q", ""))
        out = ["<table class='icus'>"]
        for row in rows:
            out.append(f"<tr><td>{row.name}</td><td>{row.dept}</td></tr>")
        out.append("</table>")
        # expect: xss
        self.write("".join(out))


class SearchICUsHandler(base.BaseHandler):
    ROUTE = "search_icus"

    @tornado.web.authenticated
    def get(self):
        rows = queries.icus_matching_bound(self.db.session, self.get_query_argument("q", ""))
        cells = "".join(
            "<tr><td>%s</td><td>%s</td></tr>"
            % (tornado.escape.xhtml_escape(r.name), tornado.escape.xhtml_escape(r.dept))
            for r in rows
        )
        self.write("<table class='icus'>" + cells + "</table>")


class ImportICUsHandler(base.BaseHandler):
    ROUTE = "import_icus"

    @tornado.web.authenticated
    def post(self):
        if not self.user.is_admin:
            raise tornado.web.HTTPError(403)
        upload = self.request.files["csv"][0]
        path = os.path.join(UPLOAD_DIR, upload["filename"])
        # expect: path-traversal
        with open(path, "wb") as fh:
            fh.write(upload["body"])
        self.redirect(f"{self.ROUTE}?imported=1")


class ImportICUsV2Handler(base.BaseHandler):
    ROUTE = "v2/import_icus"

    @tornado.web.authenticated
    def post(self):
        if not self.user.is_admin:
            raise tornado.web.HTTPError(403)
        upload = self.request.files["csv"][0]
        path = os.path.join(UPLOAD_DIR, f"{uuid.uuid4().hex}.csv")
        with open(path, "wb") as fh:
            fh.write(upload["body"])
        self.redirect(f"{self.ROUTE}?imported=1")
