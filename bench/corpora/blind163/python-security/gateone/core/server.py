"""Core web handlers: login redirect, application index, session downloads."""
import os
from urllib.parse import urlparse

import tornado.web
from tornado.escape import xhtml_escape

from gateone.auth.authorization import authenticated
from gateone.core.configuration import get_settings
from gateone.core.log import go_logger

core_log = go_logger("gateone.core")
APPLICATIONS = {"terminal", "x11", "playback"}


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        user_json = self.get_secure_cookie("gateone_user")
        return tornado.escape.json_decode(user_json) if user_json else None


class AuthHandler(BaseHandler):
    def get(self):
        check = self.get_argument("check", None)
        if check:
            self.write("authenticated" if self.current_user else "unauthenticated")
            return
        next_url = self.get_argument("next", None)
        if self.current_user and next_url:
            # expect: open-redirect
            self.redirect(next_url)
            return
        self.render("templates/login.html", next=next_url or "/")

    def post(self):
        backend = self.settings["auth_backend"]
        user = backend.authenticate(self.get_argument("user"), self.get_argument("password"))
        if user is None:
            raise tornado.web.HTTPError(401)
        self.set_secure_cookie("gateone_user", tornado.escape.json_encode({"upn": user["upn"]}))
        next_url = self.get_argument("next", "/")
        parts = urlparse(next_url)
        if parts.scheme or parts.netloc or not next_url.startswith("/"):
            next_url = "/"
        self.redirect(next_url)


class AppIndexHandler(BaseHandler):
    @authenticated()
    def get(self):
        app = self.get_argument("app", "terminal")
        if app not in APPLICATIONS:
            self.set_status(404)
            self.write("<html><body><p>Unknown application: %s</p></body></html>" % xhtml_escape(app))
            return
        self.render("templates/index.html", app=app)


class AppHelpHandler(BaseHandler):
    @authenticated()
    def get(self):
        topic = self.get_argument("topic", "")
        self.write("<html><body><h1>Help: %s</h1></body></html>" % xhtml_escape(topic))


class DownloadHandler(BaseHandler):
    """Send a file a terminal program saved in the session's downloads folder."""

    @authenticated()
    def get(self, session):
        settings = get_settings(self.settings["settings_dir"])
        base = os.path.join(settings["*"]["gateone"]["session_dir"], self.current_user["upn"], session, "downloads")
        filename = self.get_argument("filename")
        # expect: path-traversal
        with open(os.path.join(base, filename), "rb") as handle:
            self.set_header("Content-Type", "application/octet-stream")
            self.write(handle.read())


class CheckedDownloadHandler(BaseHandler):
    @authenticated()
    def get(self, session):
        settings = get_settings(self.settings["settings_dir"])
        base = os.path.realpath(os.path.join(settings["*"]["gateone"]["session_dir"], self.current_user["upn"],
                                             os.path.basename(session), "downloads"))
        path = os.path.realpath(os.path.join(base, self.get_argument("filename")))
        if os.path.commonpath([base, path]) != base or not os.path.isfile(path):
            raise tornado.web.HTTPError(404)
        with open(path, "rb") as handle:
            self.set_header("Content-Type", "application/octet-stream")
            self.write(handle.read())
