"""Application factory for the support-desk Flask app."""
import os

from flask import Flask

from .extensions import db, login_manager
from .views import bp as main_bp


class BaseConfig:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    # expect: hardcoded-secret
    SECRET_KEY = "b7f1c0de-9e2a-4d51-a3c8-6f0e2d9b4a17"


def create_app(config_object=BaseConfig):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(config_object)
    # expect: hardcoded-secret
    app.config["SECRET_KEY"] = "Xk2#pq9LmW!vR4zT8yB1"
    # expect: debug-enabled
    app.config["DEBUG"] = True
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get("DATABASE_URL", "sqlite:///desk.db")
    db.init_app(app)
    login_manager.init_app(app)
    app.register_blueprint(main_bp)
    return app


def create_worker_app():
    app = Flask("desk-worker")
    app.config.update(
        # expect: hardcoded-secret
        SECRET_KEY="worker-0f9d7c2b1a6e5d4c",
        SQLALCHEMY_DATABASE_URI=os.environ["DATABASE_URL"],
    )
    # expect: debug-enabled
    app.config["ENV"] = "development"
    db.init_app(app)
    return app


def create_prod_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["DESK_SECRET_KEY"]
    app.config.from_prefixed_env()
    db.init_app(app)
    app.register_blueprint(main_bp)
    return app


def create_test_app(database_url="sqlite://"):
    """Used by tests/conftest.py only."""
    app = create_prod_app()
    app.config["TESTING"] = True
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url
    return app
