#! /usr/bin/env python
"""Sage Cell web server: Tornado application wiring handlers, kernels and the permalink DB."""
import logging
import os

import tornado.httpserver
import tornado.ioloop
import tornado.web

import handlers
import permalink
from db_sqlalchemy import DB
from trusted_kernel_manager import TrustedMultiKernelManager

logger = logging.getLogger("sagecell")

# This matches a kernel id (uuid4 format) from a url
_kernel_id_regex = r"(?P<kernel_id>\w+-\w+-\w+-\w+-\w+)"


class SageCellServer(tornado.web.Application):
    def __init__(self, baseurl=""):
        self.kernel_manager = TrustedMultiKernelManager()
        self.db = DB(os.environ.get("SAGECELL_DB", "sqlite:///sagecell.db"))
        handlers_list = [
            (r"/", handlers.RootHandler),
            (r"/kernel", handlers.KernelHandler),
            (r"/kernel/%s" % _kernel_id_regex, handlers.KernelHandler),
            (r"/embedded_sagecell.js", tornado.web.RedirectHandler, {"url": baseurl + "/static/embedded_sagecell.js"}),
            (r"/help.html", handlers.HelpHandler),
            (r"/permalink", permalink.PermalinkHandler),
            (r"/service", handlers.ServiceHandler),
        ]
        settings = dict(
            template_path=os.path.join(os.path.dirname(__file__), "templates"),
            static_path=os.path.join(os.path.dirname(__file__), "static"),
            static_url_prefix=baseurl + "/static/",
            xsrf_cookies=False,
            autoescape="xhtml_escape",
        )
        super().__init__(handlers_list, **settings)


def main(port=8888, address="127.0.0.1"):
    logging.basicConfig(level=logging.INFO)
    application = SageCellServer(os.environ.get("SAGECELL_BASEURL", ""))
    server = tornado.httpserver.HTTPServer(application, xheaders=True)
    server.listen(port, address)
    logger.info("Sage Cell listening on %s:%s", address, port)
    tornado.ioloop.IOLoop.current().start()


if __name__ == "__main__":
    main(int(os.environ.get("SAGECELL_PORT", "8888")))
