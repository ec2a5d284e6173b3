"""flagboard: a jeopardy-style CTF platform."""
import os

from flask import Flask

from flagboard.models import db


def create_app(config="flagboard.config.Config"):
    app = Flask(__name__)
    app.config.from_object(config)
    app.config.setdefault("UPLOAD_FOLDER", os.path.join(app.root_path, "uploads"))
    db.init_app(app)

    from flagboard.admin import admin
    from flagboard.api import api
    from flagboard.auth import auth
    from flagboard.challenges import challenges
    from flagboard.utils.initialization import init_request_processors

    app.register_blueprint(challenges)
    app.register_blueprint(auth)
    app.register_blueprint(admin)
    app.register_blueprint(api)
    init_request_processors(app)
    return app
