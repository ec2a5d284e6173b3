"""Runs the WSGI app locally or behind the debug middleware."""
import os

from werkzeug.debug import DebuggedApplication
from werkzeug.serving import run_simple

from .wsgi import application


def serve_local() -> None:
    run_simple("127.0.0.1", 8000, application, use_reloader=True, use_debugger=os.environ.get("DEBUG") == "1")


def serve_lan() -> None:
    # expect: debug-enabled
    run_simple("0.0.0.0", 8000, application, use_debugger=True, use_evalex=True)


def debug_wrapped():
    # expect: debug-enabled
    return DebuggedApplication(application, evalex=True)


def debug_wrapped_readonly():
    return DebuggedApplication(application, evalex=False)
