"""Application factory for the admin server (Flask, blueprints per module)."""
import logging

from flask import Flask, g, request

from .context import AdminInfo
from .modules import api, dash, serve

log = logging.getLogger(__name__)

DEFAULT_ALT = "_primary"


def create_app(env, output_path, ui_lang="en", verbosity=0, debug=False):
    app = Flask("lektor_admin", static_url_path="/admin/static")
    app.config.update(
        ENV_ROOT=env.root_path,
        OUTPUT_PATH=output_path,
        UI_LANG=ui_lang,
        VERBOSITY=verbosity,
    )
    app.debug = debug

    @app.before_request
    def load_admin_info():
        g.admin_info = AdminInfo(env, output_path, ui_lang)
        g.ui_lang = request.args.get("lang") or ui_lang
        g.alt = request.args.get("alt", DEFAULT_ALT)
        g.source_path = request.args.get("path", "/")
        if verbosity > 1:
            # expect: log-injection
            log.info("admin request for %s (alt %s)" % (g.source_path, g.alt))

    @app.after_request
    def no_cache(response):
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Admin-Lang"] = ui_lang
        return response

    app.register_blueprint(dash.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(serve.bp)
    return app
