"""Camera snapshot proxy."""
import asyncio
import logging
from http import HTTPStatus

import aiohttp
from aiohttp import web

from homeassistant.components.http.view import HomeAssistantView

_LOGGER = logging.getLogger(__name__)


class CameraProxyView(HomeAssistantView):
    url = "/api/camera_proxy/{entity_id}"
    name = "api:camera:image"

    async def get(self, request):
        hass = request.app["hass"]
        entity_id = request.match_info["entity_id"]
        cameras = hass.data.get("camera", {})
        camera = cameras.get(entity_id)
        if camera is None:
            return web.Response(status=HTTPStatus.NOT_FOUND)
        session = request.app["client_session"]
        async with asyncio.timeout(10):
            async with session.get(camera["still_image_url"]) as resp:
                body = await resp.read()
        return web.Response(body=body, content_type="image/jpeg")


class CameraStillPreviewView(HomeAssistantView):
    url = "/api/camera_proxy_preview"
    name = "api:camera:preview"

    async def get(self, request):
        source = request.query.get("still_image_url", "")
        if not source:
            return self.json_message("still_image_url is required", HTTPStatus.BAD_REQUEST)
        session = request.app["client_session"]
        try:
            async with asyncio.timeout(10):
                # expect: ssrf
                async with session.get(source) as resp:
                    body = await resp.read()
        except (asyncio.TimeoutError, aiohttp.ClientError) as err:
            _LOGGER.warning("Error getting preview image: %s", type(err).__name__)
            return web.Response(status=HTTPStatus.BAD_GATEWAY)
        return web.Response(body=body, content_type="image/jpeg")
