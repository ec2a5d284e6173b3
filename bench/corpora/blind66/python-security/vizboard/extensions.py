"""Shared extension objects and the action logger."""
import logging

from flask import g, request
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
logger = logging.getLogger("vizboard.actions")


class EventLogger:
    def init_app(self, app):
        @app.before_request
        def collect_log_params():
            g.log_params = {
                "path": request.path,
                "slice_id": request.args.get("slice_id", ""),
                "referrer": request.referrer or "",
            }

    def log(self, action):
        params = getattr(g, "log_params", {})
        user = getattr(g, "user", None)
        user_id = user.id if user else None
        logger.info("action=%s user_id=%s", action, user_id)
        # expect: log-injection
        logger.info("action=%s path=%s referrer=%s" % (action, params.get("path"), params.get("referrer")))


event_logger = EventLogger()
