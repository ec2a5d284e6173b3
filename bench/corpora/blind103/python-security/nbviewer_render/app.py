from tornado import web

from .providers.local import CheckedLocalFileHandler, LocalFileHandler, LocalGitLogHandler
from .providers.url import CreateHandler, HomeRedirect, URLHandler


def make_app(settings):
    handlers = [
        (r"/", HomeRedirect),
        (r"/create/?", CreateHandler),
        (r"/url([s]?)/([^/]+)/(.*)", URLHandler),
        (r"/localfile/(.*)", LocalFileHandler),
        (r"/checked/(.*)", CheckedLocalFileHandler),
        (r"/gitlog/(.*)", LocalGitLogHandler),
    ]
    return web.Application(handlers, **settings)
