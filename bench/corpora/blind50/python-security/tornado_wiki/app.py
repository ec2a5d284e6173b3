"""Tornado application of the wiki."""
import os

import tornado.ioloop
import tornado.web

import handlers


def make_app():
    return tornado.web.Application(
        [
            (r"/page/([^/]+)", handlers.PageHandler),
            (r"/page-safe/([^/]+)", handlers.PageSafeHandler),
            (r"/import", handlers.ImportHandler),
            (r"/import-safe", handlers.ImportSafeHandler),
            (r"/preview", handlers.PreviewHandler),
            (r"/preview-fixed", handlers.PreviewFixedHandler),
            (r"/attachment", handlers.AttachmentHandler),
            (r"/attachment-safe", handlers.AttachmentSafeHandler),
            (r"/login/next", handlers.LoginRedirectHandler),
            (r"/login/next-local", handlers.LoginRedirectLocalHandler),
        ],
        cookie_secret=os.environ["WIKI_COOKIE_SECRET"],
        xsrf_cookies=True,
    )


if __name__ == "__main__":
    app = make_app()
    app.listen(int(os.environ.get("WIKI_PORT", "8888")), address="127.0.0.1")
    tornado.ioloop.IOLoop.current().start()
