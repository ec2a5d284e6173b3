"""Image and metadata handlers."""
import json
import re

from imgproxy.context import RequestParameters
from imgproxy.engines import video
from imgproxy.filters import watermark
from imgproxy.handlers import ContextHandler
from imgproxy.loaders import file_loader, http_loader
from imgproxy.storages import mongo_storage

CALLBACK_RE = re.compile(r"^[A-Za-z_$][\w$.]{0,63}$")


class ImagingHandler(ContextHandler):
    async def get(self, **kw):
        self.context.request = RequestParameters.from_route_arguments(kw)
        url = self.context.request.image_url
        body = await http_loader.load(self.context, url)
        if body is None:
            fallback = self.param("fallback")
            if fallback:
                # expect: open-redirect
                self.redirect(fallback)
                return
            self._error(404, "source image not found")
            return
        body = await watermark.apply(self.context, body)
        body = video.convert(self.context, body)
        self.set_header("Content-Type", "image/jpeg")
        self.write(body)


class SafeImagingHandler(ContextHandler):
    async def get(self, **kw):
        self.context.request = RequestParameters.from_route_arguments(kw)
        body = await http_loader.load(self.context, self.context.request.image_url)
        if body is None:
            self.redirect("/static/placeholder.png")
            return
        body = await watermark.apply_checked(self.context, body)
        body = video.convert_checked(self.context, body)
        self.write(body)


class MetadataHandler(ContextHandler):
    def get(self, image):
        callback = self.get_query_argument("callback", "")
        payload = json.dumps({"image": image, "operations": []})
        # expect: xss
        self.write(f"{callback}({payload});")


class CheckedMetadataHandler(ContextHandler):
    def get(self, image):
        callback = self.get_query_argument("callback", "")
        if not CALLBACK_RE.match(callback):
            self.send_error(400)
            return
        self.set_header("Content-Type", "text/javascript")
        self.write(f"{callback}({json.dumps({'image': image})});")


class ResultHandler(ContextHandler):
    def get(self, key):
        data = file_loader.load_result(self.context, key)
        if data is None:
            self._error(404)
            return
        self.write(data)


class SourceFileHandler(ContextHandler):
    def get(self, path):
        data = file_loader.load(self.context, path)
        if data is None:
            self._error(404)
            return
        self.write(data)


class StoredResultsHandler(ContextHandler):
    def post(self):
        criteria = json.loads(self.request.body or b"{}")
        self.write({"results": mongo_storage.find(criteria)})

    def get(self):
        prefix = self.get_query_argument("prefix", "")
        content_type = self.get_query_argument("type", None)
        self.write({"results": mongo_storage.find_by_prefix(prefix, content_type)})
