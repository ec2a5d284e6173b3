"""Tornado application: routes and settings."""

import os

import motor
import tornado.web
from tornado.options import options as opts

from motor_blog.api.handlers import APIHandler, RSDHandler
from motor_blog.web.handlers import (CategoryHandler, LoginHandler, LogoutHandler, PostHandler,
                                     SearchHandler)


def get_application(db: motor.MotorDatabase) -> tornado.web.Application:
    static_path = os.path.join(os.path.dirname(__file__), "theme", "static")
    return tornado.web.Application(
        [
            (r"/api", APIHandler),
            (r"/rsd", RSDHandler),
            (r"/blog/([\w-]+)/?", PostHandler),
            (r"/blog/category/(.+)/?", CategoryHandler),
            (r"/search", SearchHandler),
            (r"/login", LoginHandler),
            (r"/logout", LogoutHandler),
            (r"/static/media/(.*)", tornado.web.StaticFileHandler, {"path": opts.media_dir}),
        ],
        db=db,
        static_path=static_path,
        template_path=os.path.join(os.path.dirname(__file__), "theme", "templates"),
        cookie_secret=opts.cookie_secret,
        xsrf_cookies=False,
        admin_password=opts.admin_password,
        debug=opts.debug,
    )
