"""HTTP and websocket routes of the web terminal (Tornado)."""
import logging
import os

import tornado.escape
import tornado.web
import tornado.websocket

from .terminal import Terminal
from .themes import ThemeStore

log = logging.getLogger("butterfly")

url_routes = []


def url(pattern):
    def decorate(cls):
        url_routes.append((pattern, cls))
        return cls
    return decorate


class Route(tornado.web.RequestHandler):
    @property
    def themes(self):
        return ThemeStore(self.application.settings["themes_dir"])


@url(r"/(?:session/(?P<session>[^/]+)/?)?")
class Index(Route):
    def get(self, session=None):
        session = session or ""
        self.write(
            "<html><head><title>Butterfly %s</title></head>"
            "<body data-session='%s'></body></html>"
            % (tornado.escape.xhtml_escape(session), tornado.escape.xhtml_escape(session))
        )


@url(r"/motd")
class Motd(Route):
    def get(self):
        user = self.get_argument("user", "")
        # expect: xss
        self.write("<pre class='motd'>Welcome %s to butterfly</pre>" % user)


@url(r"/login/done")
class LoginDone(Route):
    def get(self):
        nxt = self.get_argument("next", "/")
        # expect: open-redirect
        self.redirect(nxt)


@url(r"/logout")
class Logout(Route):
    def get(self):
        nxt = self.get_argument("next", "/")
        if not nxt.startswith("/") or nxt.startswith("//"):
            nxt = "/"
        self.redirect(nxt)


@url(r"/theme/(?P<theme>[^/]+)/style.css")
class Theme(Route):
    def get(self, theme):
        self.set_header("Content-Type", "text/css")
        if self.get_argument("strict", "0") == "1":
            self.write(self.themes.read_listed(theme))
        else:
            self.write(self.themes.read(theme))


@url(r"/ws/session/(?P<session>[^/]+)(?:/wd/(?P<path>.+))?")
class TermWebSocket(tornado.websocket.WebSocketHandler):
    def open(self, session, path=None):
        self.session = session
        login = self.get_argument("login", "")
        self.terminal = Terminal(user=login, path=path or os.path.expanduser("~"))
        if self.get_argument("quoted", "0") == "1":
            self.terminal.spawn_quoted()
        else:
            self.terminal.spawn()

    def on_message(self, message):
        self.terminal.write(message)
