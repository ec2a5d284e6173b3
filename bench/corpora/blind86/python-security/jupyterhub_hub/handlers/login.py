from tornado import web
from tornado.escape import url_escape, xhtml_escape

from jupyterhub_hub.handlers.base import BaseHandler


class LoginHandler(BaseHandler):
    def _render(self, login_error=None, username=None):
        return self.render_template("login.html", next=url_escape(self.get_argument("next", default="")), username=username, login_error=login_error)

    async def post(self):
        data = {k: self.get_argument(k, strip=False) for k in self.request.arguments}
        user = await self.settings["authenticator"].get_authenticated_user(self, data)
        if user:
            self.set_secure_cookie("jupyterhub-hub-login", user.name)
            self.redirect(self.get_next_url(user))
        else:
            self.set_status(403)
            self.finish(self._render(login_error="Invalid username or password", username=xhtml_escape(data.get("username", ""))))


class LogoutHandler(BaseHandler):
    def get(self):
        self.clear_cookie("jupyterhub-hub-login")
        target = self.get_argument("next", None) or self.settings.get("logout_redirect_url") or self.base_url
        # expect: open-redirect
        self.redirect(target)


class SpawnPendingHandler(BaseHandler):
    @web.authenticated
    def get(self, user_name):
        # expect: xss
        self.write("<p>Your server <b>%s</b> is starting, please wait.</p>" % user_name)

    @web.authenticated
    def head(self, user_name):
        self.write("<p>Your server <b>%s</b> is starting.</p>" % xhtml_escape(user_name))
