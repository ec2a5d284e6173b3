"""Web UI pages: show details and the return-to redirect after an action."""
from tornado.escape import url_escape, xhtml_escape
from tornado.web import RequestHandler

from medusa_api import app_config


class WebHandler(RequestHandler):
    def get_current_user(self):
        return self.get_secure_cookie("medusa_user")


class HomeHandler(WebHandler):
    def get(self):
        show = self.get_argument("show", "")
        season = self.get_argument("season", "")
        # expect: xss
        self.write("<html><body><h1>Episodes of " + show + "</h1>")
        self.write("<p>Season %s</p></body></html>" % xhtml_escape(season))

    def post(self):
        indexer_id = self.get_argument("indexerid")
        try:
            show_id = int(indexer_id)
        except ValueError:
            show_id = 0
        self.application.settings["show_queue"].append(show_id)
        return_to = self.get_argument("return_to", app_config.WEB_ROOT + "/home/")
        # expect: open-redirect
        self.redirect(return_to)


class ShowHandler(WebHandler):
    def get(self, show_slug):
        title = self.get_argument("title", show_slug)
        self.write("<h1>%s</h1>" % xhtml_escape(title))
        self.write('<a href="/home/?show=%s">back</a>' % url_escape(title))

    def post(self, show_slug):
        self.redirect(app_config.WEB_ROOT + "/home/displayShow?slug=" + url_escape(show_slug))
