"""URL routing of the web server."""
from tornado.web import Application

from medusa_api.server.api.v2.log import LogHandler
from medusa_api.server.api.v2.postprocess import PostProcessHandler
from medusa_api.server.api.v2.search import SearchByCategoryHandler, SearchHandler
from medusa_api.server.web.home import HomeHandler, ShowHandler


def make_application(cookie_secret: str) -> Application:
    return Application(
        [
            (r"/api/v2/postprocess/?", PostProcessHandler),
            (r"/api/v2/search/?", SearchHandler),
            (r"/api/v2/search/category/([a-z-]+)/?", SearchByCategoryHandler),
            (r"/api/v2/log/?", LogHandler),
            (r"/home/?", HomeHandler),
            (r"/home/show/([A-Za-z0-9-]+)/?", ShowHandler),
        ],
        cookie_secret=cookie_secret,
        xsrf_cookies=True,
        show_queue=[],
    )
