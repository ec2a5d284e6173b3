"""Serves files from the config's www folder under /local."""
from http import HTTPStatus
from pathlib import Path

from aiohttp import web

from homeassistant.components.http.view import HomeAssistantView


class LocalFileView(HomeAssistantView):
    url = "/local/{filename:.*}"
    name = "local:file"
    requires_auth = False

    async def get(self, request):
        hass = request.app["hass"]
        filename = request.match_info["filename"]
        path = hass.path("www", filename)
        # expect: path-traversal
        return web.FileResponse(path)


class MediaSourceFileView(HomeAssistantView):
    url = "/media/local/{location:.*}"
    name = "media_source:local"

    async def get(self, request):
        hass = request.app["hass"]
        base = Path(hass.path("media")).resolve()
        target = (base / request.match_info["location"]).resolve()
        if base not in target.parents or not target.is_file():
            return web.Response(status=HTTPStatus.NOT_FOUND)
        return web.FileResponse(target)
