"""Base request handler: JSON errors, session user, request logging."""
import json
import logging

import tornado.web
from tornado.options import options

from models import DBSession
from models.user import User

log = logging.getLogger("xsshunter")


class BaseHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        self.set_header("X-Frame-Options", "deny")
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Server", "XSS Hunter")

    def logit(self, message, level="info"):
        user = self.get_authenticated_user()
        who = user.username if user else "anonymous"
        getattr(log, level)("[%s] %s", who, message)

    def error(self, message, status=400):
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.write(json.dumps({"success": False, "error": message}))

    def get_authenticated_user(self):
        user_id = self.get_secure_cookie("user_id", max_age_days=options.session_days)
        if not user_id:
            return None
        return DBSession().query(User).filter_by(id=int(user_id)).first()

    def write_json(self, data):
        self.set_header("Content-Type", "application/json")
        self.write(json.dumps(data, default=str))

    def client_ip(self):
        forwarded = self.request.headers.get("X-Forwarded-For", "")
        return forwarded.split(",")[0].strip() or self.request.remote_ip
