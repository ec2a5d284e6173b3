import logging

import tornado.ioloop
import tornado.web

from .handlers.backups import BackupBundleHandler, BackupDownloadHandler, BackupHandler, BackupPruneHandler, RestoreHandler
from .handlers.deploy import DockerLogsHandler, DockerPullHandler, DockerRestartHandler, GitCheckoutHandler, GitLogHandler
from .handlers.diagnostics import LookupHandler, PingCheckedHandler, PingHandler, TracerouteHandler


def make_app():
    return tornado.web.Application(
        [
            (r"/diag/ping", PingHandler),
            (r"/diag/ping-checked", PingCheckedHandler),
            (r"/diag/traceroute", TracerouteHandler),
            (r"/diag/lookup", LookupHandler),
            (r"/deploy/([a-z]+)/log", GitLogHandler),
            (r"/deploy/([a-z]+)/checkout", GitCheckoutHandler),
            (r"/deploy/([a-z]+)/pull", DockerPullHandler),
            (r"/docker/restart", DockerRestartHandler),
            (r"/docker/logs", DockerLogsHandler),
            (r"/backups", BackupHandler),
            (r"/backups/restore", RestoreHandler),
            (r"/backups/download", BackupDownloadHandler),
            (r"/backups/bundle", BackupBundleHandler),
            (r"/backups/prune", BackupPruneHandler),
        ],
        xsrf_cookies=False,
    )


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    make_app().listen(8090, address="127.0.0.1")
    tornado.ioloop.IOLoop.current().start()
