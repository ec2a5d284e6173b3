"""Turn https links from invitation mails into ``parsec://`` links (``asgi/redirect.py``)."""
from html import escape
from urllib.parse import urlencode, urlsplit

from quart import Blueprint, Response, abort, current_app, redirect, render_template, request

from parsec.core.types import BackendAddr

redirect_bp = Blueprint("redirect_api", __name__)


def _parsec_url(path: str) -> str:
    backend_addr: BackendAddr = current_app.backend.config.backend_addr
    query = dict(request.args)
    if not backend_addr.use_ssl:
        query["no_ssl"] = "true"
    return f"parsec://{backend_addr.netloc}/{path}?{urlencode(query)}"


@redirect_bp.route("/redirect/<path:path>", methods=["GET"])
async def redirect_parsec_url(path: str):
    if not current_app.backend.config.backend_addr:
        abort(501)
    location = _parsec_url(path)
    return await render_template("redirect.html", location=location), 302, {"Location": location}


@redirect_bp.route("/redirect-page/<path:path>", methods=["GET"])
async def redirect_landing_page(path: str):
    """Fallback page for mail clients that refuse custom-scheme redirects."""
    location = _parsec_url(path)
    title = escape(request.args.get("organization", "Parsec"))
    body = f"<h1>{title}</h1><p>Open <a href=\"{location}\">this link</a> with the Parsec application.</p>"
    # expect: xss
    return Response(body, mimetype="text/html")


@redirect_bp.route("/done", methods=["GET"])
async def claim_done():
    """Where the desktop app sends the browser after a claim finished."""
    return_to = request.args.get("return_to", "/")
    # expect: open-redirect
    return redirect(return_to)


@redirect_bp.route("/docs", methods=["GET"])
async def docs_redirect():
    section = request.args.get("section", "")
    base = current_app.backend.config.documentation_url
    target = f"{base}/{section}" if section.isidentifier() else base
    if urlsplit(target).netloc != urlsplit(base).netloc:
        abort(400)
    return redirect(target)
