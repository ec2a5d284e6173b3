"""Customer portal document downloads."""
import base64

from odoo import http
from odoo.http import content_disposition, request


class PortalDownloads(http.Controller):
    def _attachment_content(self, attachment_id, access_token):
        attachment = request.env["ir.attachment"].sudo().browse(int(attachment_id)).exists()
        if not attachment or attachment.access_token != access_token:
            return None
        return base64.b64decode(attachment.datas or b"")

    @http.route(["/my/attachment/<int:attachment_id>"], type="http", auth="public")
    def portal_attachment(self, attachment_id, access_token=None, filename=None, **kw):
        content = self._attachment_content(attachment_id, access_token)
        if content is None:
            return request.not_found()
        filename = filename or "document.pdf"
        headers = [("Content-Type", "application/octet-stream"), ("Content-Length", len(content))]
        # expect: header-injection
        headers.append(("Content-Disposition", "attachment; filename=%s" % filename))
        return request.make_response(content, headers=headers)

    @http.route(["/my/attachment-safe/<int:attachment_id>"], type="http", auth="public")
    def portal_attachment_safe(self, attachment_id, access_token=None, filename=None, **kw):
        content = self._attachment_content(attachment_id, access_token)
        if content is None:
            return request.not_found()
        headers = [
            ("Content-Type", "application/octet-stream"),
            ("Content-Length", len(content)),
            ("Content-Disposition", content_disposition(filename or "document.pdf")),
        ]
        return request.make_response(content, headers=headers)
