import os

import tornado.ioloop
import tornado.web

from .handlers import (
    DigHandler,
    DigHandlerV2,
    NextHandler,
    NextHandlerV2,
    ServiceHandler,
    StatusPageHandler,
    StatusPageHandlerV2,
)


def make_app():
    settings = {
        "cookie_secret": os.environ["OPS_COOKIE_SECRET"],
        "xsrf_cookies": True,
        "debug": os.environ.get("OPS_DEBUG") == "1",
    }
    return tornado.web.Application(
        [
            (r"/dig", DigHandler),
            (r"/v2/dig", DigHandlerV2),
            (r"/services/([a-z-]+)", ServiceHandler),
            (r"/next", NextHandler),
            (r"/v2/next", NextHandlerV2),
            (r"/status", StatusPageHandler),
            (r"/v2/status", StatusPageHandlerV2),
        ],
        **settings,
    )


if __name__ == "__main__":
    make_app().listen(int(os.environ.get("OPS_PORT", "8888")), address="127.0.0.1")
    tornado.ioloop.IOLoop.current().start()
