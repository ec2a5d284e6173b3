"""Tornado application for the ops console."""
import tornado.ioloop
import tornado.web

from .handlers import (
    BackHandler,
    BannerHandler,
    SafeBackHandler,
    SafeBannerHandler,
    SafeSnapshotHandler,
    SnapshotHandler,
    TraceHandler,
)
from .ws import ConsoleSocket, SafeConsoleSocket


def make_app() -> tornado.web.Application:
    return tornado.web.Application(
        [
            (r"/ws/console", ConsoleSocket),
            (r"/ws/v2/console", SafeConsoleSocket),
            (r"/snapshots/(.+)", SnapshotHandler),
            (r"/v2/snapshots/(.+)", SafeSnapshotHandler),
            (r"/banner", BannerHandler),
            (r"/v2/banner", SafeBannerHandler),
            (r"/back", BackHandler),
            (r"/v2/back", SafeBackHandler),
            (r"/trace", TraceHandler),
        ],
        xsrf_cookies=True,
        cookie_secret=__import__("os").environ["CONSOLE_COOKIE_SECRET"],
    )


if __name__ == "__main__":
    make_app().listen(8888, address="127.0.0.1")
    tornado.ioloop.IOLoop.current().start()
