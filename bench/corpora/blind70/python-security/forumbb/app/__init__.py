"""Application factory for the board."""
import logging
import os

from flask import Flask

from app.auth import install_request_hooks
from app.extensions import db, login_manager
from app.forum.views import forum_bp
from app.user.views import user_bp

logger = logging.getLogger(__name__)


class DefaultConfig:
    SQLALCHEMY_DATABASE_URI = os.environ.get("FORUMBB_DATABASE_URI", "sqlite:///forumbb.sqlite")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SECRET_KEY = os.environ.get("FORUMBB_SECRET_KEY")
    UPLOAD_FOLDER = os.environ.get("FORUMBB_UPLOADS", "/var/lib/forumbb/uploads")
    AVATAR_MAX_BYTES = 512 * 1024
    TOPICS_PER_PAGE = 20
    POSTS_PER_PAGE = 15


def configure_blueprints(app):
    app.register_blueprint(forum_bp, url_prefix="/forum")
    app.register_blueprint(user_bp, url_prefix="/user")


def configure_extensions(app):
    db.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "user.login"


def create_app(config=None):
    app = Flask("forumbb", instance_relative_config=True)
    app.config.from_object(DefaultConfig)
    if config is not None:
        app.config.from_object(config)
    app.config.from_envvar("FORUMBB_SETTINGS", silent=True)

    configure_extensions(app)
    configure_blueprints(app)
    install_request_hooks(app)
    logger.info("board started with %d blueprints", len(app.blueprints))
    return app
