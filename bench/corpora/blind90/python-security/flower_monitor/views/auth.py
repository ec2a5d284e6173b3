from flower_monitor.views import BaseHandler


def _local_next(url):
    return url.startswith("/") and not url.startswith("//") and "\\" not in url


class LoginHandler(BaseHandler):
    def post(self):
        user = self.get_argument("user")
        next_url = self.get_argument("next", "/")
        self.set_secure_cookie("user", user)
        if self.get_argument("check", None):
            self.redirect(next_url if _local_next(next_url) else "/")
            return
        # expect: open-redirect
        self.redirect(next_url)


class LogoutHandler(BaseHandler):
    def get(self):
        self.clear_cookie("user")
        self.redirect(self.reverse_url("login") if self.application.options.auth else "/")
