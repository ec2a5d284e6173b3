"""ASGI application of the Parsec backend (``parsec/backend/asgi/__init__.py``)."""
from quart import Response, ResponseReturnValue, render_template
from quart_trio import QuartTrio

from parsec import __version__ as parsec_version
from parsec.backend.app import BackendApp
from parsec.backend.asgi.administration import administration_bp
from parsec.backend.asgi.redirect import redirect_bp
from parsec.backend.asgi.rpc import rpc_bp
from parsec.backend.templates import JINJA_ENV_CONFIG

MAX_CONTENT_LENGTH = 1024 ** 2


def app_factory(backend: BackendApp) -> QuartTrio:
    app = QuartTrio(__name__, static_folder="../static", static_url_path="/static")
    app.config.from_mapping(
        MAX_CONTENT_LENGTH=MAX_CONTENT_LENGTH,
        BODY_TIMEOUT=30,
        JSONIFY_MIMETYPE="application/json",
    )
    app.jinja_options = JINJA_ENV_CONFIG
    app.backend = backend
    app.register_blueprint(administration_bp)
    app.register_blueprint(redirect_bp)
    app.register_blueprint(rpc_bp)

    @app.route("/", methods=["GET"])
    async def root() -> ResponseReturnValue:
        return await render_template("index.html", version=parsec_version)

    @app.errorhandler(404)
    async def page_not_found(error) -> ResponseReturnValue:
        return await render_template("404.html"), 404

    @app.after_request
    async def security_headers(response: Response) -> Response:
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    return app
