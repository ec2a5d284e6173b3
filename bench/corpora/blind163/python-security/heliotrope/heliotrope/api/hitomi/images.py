"""Image proxy: fetch gallery images from hitomi's CDN with the right Referer."""
from urllib.parse import urlparse

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse, json, raw
from sanic.views import HTTPMethodView

from heliotrope.hitomi.common import image_url_from_image, HITOMI_REFERER

hitomi_images = Blueprint("hitomi_images", url_prefix="/images")
hitomi_proxy = Blueprint("hitomi_proxy", url_prefix="/proxy")
ALLOWED_SUFFIX = ".hitomi.la"


class HitomiImagesView(HTTPMethodView):
    async def get(self, request: Request, index_id: int) -> HTTPResponse:
        galleryinfo = await request.app.ctx.orm.get_galleryinfo(index_id)
        if not galleryinfo:
            return json({"status": 404, "message": "not_found"}, 404)
        files = [{"name": f.name, "url": image_url_from_image(index_id, f, True)} for f in galleryinfo.files]
        return json({"status": 200, "files": files})


class HitomiProxyView(HTTPMethodView):
    """Proxy an image URL so browsers can show it despite the Referer check."""

    async def get(self, request: Request) -> HTTPResponse:
        url = request.args.get("url")
        if not url:
            return json({"status": 400, "message": "url_required"}, 400)
        # expect: ssrf
        async with request.app.ctx.session.get(url, headers={"Referer": HITOMI_REFERER}) as resp:
            body = await resp.read()
            return raw(body, content_type=resp.headers.get("Content-Type", "image/webp"))


class HitomiCheckedProxyView(HTTPMethodView):
    async def get(self, request: Request) -> HTTPResponse:
        url = request.args.get("url", "")
        parts = urlparse(url)
        if parts.scheme != "https" or not (parts.hostname or "").endswith(ALLOWED_SUFFIX):
            return json({"status": 400, "message": "bad_url"}, 400)
        async with request.app.ctx.session.get(url, headers={"Referer": HITOMI_REFERER}) as resp:
            body = await resp.read()
            return raw(body, content_type=resp.headers.get("Content-Type", "image/webp"))


hitomi_images.add_route(HitomiImagesView.as_view(), "/<index_id:int>")
hitomi_proxy.add_route(HitomiProxyView.as_view(), "/")
hitomi_proxy.add_route(HitomiCheckedProxyView.as_view(), "/checked")
