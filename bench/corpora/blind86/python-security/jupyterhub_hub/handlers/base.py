"""Base handler: current user, next-url handling, template rendering."""
from urllib.parse import urlparse

from tornado import web


class BaseHandler(web.RequestHandler):
    @property
    def base_url(self):
        return self.settings.get("base_url", "/")

    @property
    def hub_host(self):
        return self.settings.get("hub_host", "")

    def get_current_user(self):
        return self.settings["users"].get(self.get_secure_cookie("jupyterhub-hub-login"))

    def get_next_url(self, user=None, default=None):
        next_url = self.get_argument("next", default="")
        if next_url and (next_url.startswith("//") or urlparse(next_url).netloc and urlparse(next_url).netloc != self.request.host):
            self.log.warning("Disallowing redirect outside JupyterHub: %r", next_url)
            next_url = ""
        if next_url and not next_url.startswith("/"):
            next_url = ""
        if not next_url:
            next_url = default or self.base_url + "home"
        return next_url

    def render_template(self, name, **ns):
        return self.settings["jinja2_env"].get_template(name).render(**ns)
