"""Login and logout; after login the user goes back to where they came from."""
from urllib.parse import urlparse

import tornado.web

from torcms.core.base_handler import BaseHandler
from torcms.model.user_model import MUser


def _local_path(target):
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


class UserHandler(BaseHandler):
    def get(self, *args):
        action = args[0] if args else "login"
        if action == "logout":
            self.clear_cookie("user")
            self.redirect(_local_path(self.get_argument("next", "/")))
        elif action == "login":
            self.render("user/user_login.html", kwd={"next": self.get_argument("next", "/")})
        else:
            raise tornado.web.HTTPError(404)

    def post(self, *args):
        user_name = self.get_argument("user_name")
        password = self.get_argument("user_pass")
        result = MUser.check_user_by_name(user_name, password)
        if result != 1:
            self.set_status(401)
            self.render("user/user_login.html", kwd={"info": "Wrong user name or password", "next": "/"})
            return
        self.set_secure_cookie("user", user_name)
        next_url = self.get_argument("next", "/")
        if urlparse(next_url).netloc and self.get_argument("sso", "0") == "1":
            # expect: open-redirect
            self.redirect(next_url)
            return
        self.redirect(_local_path(next_url))


class UserInfoHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        self.render("user/user_info.html", userinfo=self.userinfo)
