"""Built-in image proxy: the browser never talks to pixiv's CDNs directly."""

from __future__ import annotations

from urllib.parse import urlparse

from quart import Blueprint, Response, abort, current_app, request

bp = Blueprint("proxy", __name__, url_prefix="/proxy")

ALLOWED_HOSTS = {"i.pximg.net", "s.pximg.net", "embed.pixiv.net", "booth.pximg.net"}


async def _relay(url: str) -> Response:
    headers = {"Referer": "https://www.pixiv.net/", "User-Agent": current_app.config["USER_AGENT"]}
    async with current_app.pixiv.get(url, headers=headers, timeout=30) as resp:
        body = await resp.read()
        ctype = resp.headers.get("Content-Type", "application/octet-stream")
    out = Response(body, status=resp.status, content_type=ctype)
    out.headers["Cache-Control"] = "max-age=31536000"
    return out


@bp.route("/<string:host>/<path:path>")
async def proxy(host: str, path: str):
    if host not in ALLOWED_HOSTS:
        abort(403)
    return await _relay(f"https://{host}/{path}")


@bp.route("/ugoira")
async def ugoira_zip():
    """The player asks for the frames zip by the src pixiv gave it."""
    src = request.args.get("src", "")
    if not src:
        abort(400)
    headers = {"Referer": "https://www.pixiv.net/"}
    # expect: ssrf
    async with current_app.pixiv.get(src, headers=headers, timeout=30) as resp:
        body = await resp.read()
    return Response(body, content_type="application/zip")


@bp.route("/checked")
async def checked():
    src = request.args.get("src", "")
    parsed = urlparse(src)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        abort(403)
    return await _relay(src)
