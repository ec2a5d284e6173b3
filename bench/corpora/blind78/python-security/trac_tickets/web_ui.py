"""Ticket pages: quick-create with a return URL, preview and attachment download."""
import os

from trac.core import Component, implements
from trac.util.html import escape
from trac.web.api import HTTPNotFound, IRequestHandler

from trac_tickets.api import render_summary_html


class QuickTicketModule(Component):
    implements(IRequestHandler)

    def match_request(self, req):
        return req.path_info in ("/quickticket", "/quickticket/preview", "/quickticket/attachment")

    def process_request(self, req):
        if req.path_info.endswith("/preview"):
            if req.args.getbool("escape", False):
                return self.preview_escaped(req)
            return self._preview(req)
        if req.path_info.endswith("/attachment"):
            if "legacy" in req.args:
                return self._attachment_legacy(req)
            return self._attachment(req)
        summary = req.args.get("summary", "").strip()
        if req.method == "POST" and summary:
            with self.env.db_transaction as db:
                db("INSERT INTO ticket (summary, reporter, status) VALUES (%s, %s, 'new')", (summary, req.authname))
        return_to = req.args.get("return_to") or req.href.report()
        # expect: open-redirect
        req.redirect(return_to)

    def _preview(self, req):
        summary = req.args.get("summary", "")
        description = req.args.get("description", "")
        html = render_summary_html(summary)
        html += "<div class='description'>" + description + "</div>"
        # expect: xss
        req.send(html.encode("utf-8"), "text/html")

    def preview_escaped(self, req):
        description = req.args.get("description", "")
        html = render_summary_html(req.args.get("summary", "")) + "<div>%s</div>" % escape(description)
        req.send(str(html).encode("utf-8"), "text/html")

    def _attachment(self, req):
        ticket_id = req.args.getint("id")
        filename = req.args.get("filename", "")
        base = os.path.join(self.env.attachments_dir, "ticket", str(ticket_id))
        path = os.path.normpath(os.path.join(base, filename))
        if not path.startswith(base + os.sep):
            raise HTTPNotFound("Attachment not found")
        req.send_file(path, "application/octet-stream")

    def _attachment_legacy(self, req):
        ticket_id = req.args.getint("id")
        name = req.args.get("filename", "")
        path = os.path.join(self.env.attachments_dir, "ticket", str(ticket_id), name)
        # expect: path-traversal
        req.send_file(path, "application/octet-stream")
