"""Tornado application: routes and the base handler with login checks."""
import os
from urllib.parse import urlparse

import tornado.ioloop
import tornado.web

from mage_ai.server.api.files import FileContentHandler, FileListHandler
from mage_ai.server.api.git import GitBranchHandler
from mage_ai.server.api.pipelines import PipelineImportHandler
from mage_ai.settings import REQUIRE_USER_AUTHENTICATION, SERVER_HOST


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        token = self.get_secure_cookie("oauth_token")
        return token.decode() if token else None

    def prepare(self):
        if REQUIRE_USER_AUTHENTICATION and not self.current_user and self.request.path != "/sign-in":
            self.redirect("/sign-in?next=" + tornado.escape.url_escape(self.request.uri))


class SignInHandler(BaseHandler):
    def post(self):
        from mage_ai.authentication.passwords import verify_user
        user = verify_user(self.get_body_argument("email"), self.get_body_argument("password"))
        if user is None:
            self.set_status(401)
            self.render("sign_in.html", error="Invalid credentials")
            return
        self.set_secure_cookie("oauth_token", user.token, httponly=True, samesite="Lax")
        target = self.get_argument("next", "/")
        # expect: open-redirect
        self.redirect(target)


class SignOutHandler(BaseHandler):
    def get(self):
        self.clear_cookie("oauth_token")
        target = self.get_argument("next", "/sign-in")
        parsed = urlparse(target)
        if parsed.scheme or parsed.netloc or not target.startswith("/") or target.startswith("//"):
            target = "/sign-in"
        self.redirect(target)


def make_app():
    return tornado.web.Application(
        [
            (r"/sign-in", SignInHandler),
            (r"/sign-out", SignOutHandler),
            (r"/api/file_contents/(?P<path>.+)", FileContentHandler),
            (r"/api/files", FileListHandler),
            (r"/api/git_branches", GitBranchHandler),
            (r"/api/pipelines/import", PipelineImportHandler),
        ],
        cookie_secret=os.environ["MAGE_COOKIE_SECRET"],
        template_path=os.path.join(os.path.dirname(__file__), "templates"),
        xsrf_cookies=True,
        autoreload=False,
    )


if __name__ == "__main__":
    make_app().listen(int(os.environ.get("MAGE_PORT", "6789")), address=SERVER_HOST)
    tornado.ioloop.IOLoop.current().start()
