"""Screenshots and the printable report page of a payload fire."""
import os

from tornado.escape import xhtml_escape
from tornado.options import options
from tornado.web import HTTPError

from handlers.base import BaseHandler
from models import DBSession
from models.injection_record import Injection

SCREENSHOTS_DIR = os.path.join(options.data_dir, "uploads")


class GetScreenshotHandler(BaseHandler):
    """Route: r"/uploads/([a-f0-9]{64}\\.png)"."""

    def get(self, screenshot_filename):
        path = os.path.join(SCREENSHOTS_DIR, os.path.basename(screenshot_filename))
        if not os.path.exists(path):
            raise HTTPError(404)
        self.set_header("Content-Type", "image/png")
        with open(path, "rb") as fh:
            self.write(fh.read())


class LegacyScreenshotHandler(BaseHandler):
    """Route: r"/screenshots/(.+)" kept for links in old e-mails."""

    def get(self, screenshot_filename):
        path = os.path.join(SCREENSHOTS_DIR, screenshot_filename)
        if not os.path.exists(path):
            raise HTTPError(404)
        self.set_header("Content-Type", "image/png")
        # expect: path-traversal
        with open(path, "rb") as fh:
            self.write(fh.read())


class ReportPageHandler(BaseHandler):
    def get(self, injection_id):
        user = self.get_authenticated_user()
        if user is None:
            raise HTTPError(401)
        record = DBSession().query(Injection).filter_by(id=injection_id, owner_id=user.id).first()
        if record is None:
            raise HTTPError(404)
        self.write("<html><body><table class='report'>")
        self.write("<tr><th>Page</th><td>" + xhtml_escape(record.vulnerable_page or "") + "</td></tr>")
        self.write("<tr><th>Origin</th><td>" + xhtml_escape(record.origin or "") + "</td></tr>")
        # expect: xss
        self.write("<tr><th>Victim IP</th><td>" + (record.victim_ip or "") + "</td></tr>")
        self.write("<tr><th>Cookies</th><td><code>" + xhtml_escape(record.cookies or "") + "</code></td></tr>")
        self.write("</table></body></html>")
