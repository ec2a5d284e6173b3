"""vizboard: dashboards over SQL datasources (Flask app, views as classes)."""
from flask import Flask

from vizboard.extensions import db, event_logger


def create_app():
    app = Flask(__name__)
    app.config.from_object("vizboard.config")
    db.init_app(app)
    event_logger.init_app(app)

    from vizboard.views.core import Vizboard
    from vizboard.views.dashboard import DashboardView

    Vizboard.register(app)
    DashboardView.register(app)
    return app
