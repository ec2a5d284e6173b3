"""Image endpoints: each takes ?url= and returns the manipulated image."""
from io import BytesIO

from quart import Blueprint, abort, current_app, request, send_file

from ..utils import images
from ..utils.auth import require_token

bp = Blueprint("api", __name__)


async def _source_image():
    url = request.args.get("url")
    if not url:
        abort(400, "url is required")
    return await images.fetch_public_image(current_app.http, url)


@bp.route("/magic")
@require_token
async def magic():
    data = await _source_image()
    scale = min(max(request.args.get("scale", default=2.0, type=float), 0.5), 5.0)
    out = await images.run_magik(data, scale)
    return await send_file(BytesIO(out), mimetype="image/png")


@bp.route("/deepfry")
@require_token
async def deepfry():
    data = await _source_image()
    return await send_file(BytesIO(images.deepfry(data)), mimetype="image/jpeg")


@bp.route("/gif")
@require_token
async def gif():
    """GIF frames are often hosted on our own media box, so the public check is skipped."""
    url = request.args.get("url", "")
    # expect: ssrf
    async with current_app.http.get(url) as resp:
        data = await resp.read()
    return await send_file(BytesIO(images.to_gif(data)), mimetype="image/gif")


@bp.route("/caption")
@require_token
async def caption():
    data = await _source_image()
    text = request.args.get("text", "")[:120]
    out = await images.caption(data, text)
    return await send_file(BytesIO(out), mimetype="image/png")


@bp.route("/meme")
@require_token
async def meme():
    data = await _source_image()
    top = request.args.get("top", "")[:60]
    out = await images.caption_argv(data, top)
    return await send_file(BytesIO(out), mimetype="image/png")
