import os

from celery import Celery, Task
from flask import Flask


def celery_init_app(app: Flask) -> Celery:
    class FlaskTask(Task):
        def __call__(self, *args, **kwargs):
            with app.app_context():
                return self.run(*args, **kwargs)

    celery_app = Celery(app.name, task_cls=FlaskTask)
    celery_app.config_from_object(app.config["CELERY"])
    celery_app.set_default()
    app.extensions["celery"] = celery_app
    return celery_app


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=os.environ.get("CONVERT_SECRET", "dev"),
        UPLOAD_DIR=os.environ.get("CONVERT_UPLOADS", "/srv/convert/uploads"),
        OUTPUT_DIR=os.environ.get("CONVERT_OUTPUT", "/srv/convert/out"),
        CELERY=dict(broker_url=os.environ.get("CELERY_BROKER", "redis://localhost:6379/0"), task_ignore_result=True),
    )
    celery_init_app(app)

    from .views import bp
    from .catalog import bp as catalog_bp

    app.register_blueprint(bp)
    app.register_blueprint(catalog_bp)
    return app
