"""Helpers shared by the API routes."""
import hmac
import os

from config import nettacker_paths


def api_key_is_valid(app, request):
    """Compare the key from the header or form with the configured one."""
    supplied = request.headers.get("key") or request.form.get("key") or request.args.get("key") or ""
    return hmac.compare_digest(supplied, app.config["OWASP_NETTACKER_CONFIG"]["api_access_key"])


def results_directory():
    """Directory where finished reports are written."""
    return nettacker_paths()["results_path"]


def mime_types():
    """Content types for the report formats the engine writes."""
    return {
        ".html": "text/html",
        ".json": "application/json",
        ".csv": "text/csv",
        ".txt": "text/plain",
    }


def report_path_for(scan_id, extension):
    """A report path chosen by the server, never by the client."""
    if extension not in mime_types():
        extension = ".html"
    return os.path.join(results_directory(), f"results_{int(scan_id)}{extension}")


def read_static_asset(name):
    """Serve one of the bundled web assets by its known name."""
    assets = {"logo": "img/owasp.png", "style": "css/style.css", "app": "js/app.js"}
    relative = assets.get(name)
    if relative is None:
        return None
    with open(os.path.join(os.path.dirname(__file__), "web", "static", relative), "rb") as handle:
        return handle.read()
