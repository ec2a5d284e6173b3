"""querydash: a small query-and-visualise service (app factory)."""
import logging

from flask import Flask
from flask_restful import Api

from querydash import settings
from querydash.models import db

logger = logging.getLogger(__name__)


def create_app(config_object=None):
    app = Flask(__name__)
    app.config.from_object(config_object or settings)
    app.secret_key = settings.COOKIE_SECRET
    db.init_app(app)

    from querydash.handlers import routes, register_resources

    api = Api(app)
    register_resources(api)
    app.register_blueprint(routes)

    @app.errorhandler(404)
    def not_found(_error):
        return {"message": "Couldn't find resource."}, 404

    logger.info("querydash started with %d query runners", len(settings.QUERY_RUNNERS))
    return app
