"""WSGI launcher for the reporting app."""
import os

from werkzeug.debug import DebuggedApplication
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from reports.wsgi import application


def serve_dev():
    # expect: debug-enabled
    run_simple("127.0.0.1", 5050, application, use_reloader=True, use_debugger=True)


def serve_dev_evalex():
    # expect: debug-enabled
    app = DebuggedApplication(application, evalex=True)
    run_simple("localhost", 5051, app)


def serve_kwargs():
    options = {"use_debugger": True, "threaded": True}
    # expect: debug-enabled
    run_simple("127.0.0.1", 5052, application, **options)


def serve():
    # safe: no debugger, host from the environment
    host = os.environ.get("REPORTS_HOST", "127.0.0.1")
    run_simple(host, 8000, ProxyFix(application), use_reloader=False, use_debugger=False)


def serve_threaded():
    # safe: reloader only
    run_simple("127.0.0.1", 8001, application, use_reloader=True, threaded=True)


if __name__ == "__main__":
    serve()
