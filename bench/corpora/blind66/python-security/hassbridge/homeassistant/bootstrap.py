"""Wires the core, the components and the HTTP views together."""
import aiohttp
from aiohttp import web

from homeassistant.components import shell_command
from homeassistant.components.camera_proxy.view import CameraProxyView, CameraStillPreviewView
from homeassistant.components.local_files.view import LocalFileView, MediaSourceFileView
from homeassistant.components.mongo_history.view import MongoHistoryView
from homeassistant.components.shell_command.view import ShellCommandServiceView
from homeassistant.components.upnp_lookup.view import UpnpServiceView
from homeassistant.core import HomeAssistant

VIEWS = (
    CameraProxyView,
    CameraStillPreviewView,
    LocalFileView,
    MediaSourceFileView,
    MongoHistoryView,
    ShellCommandServiceView,
    UpnpServiceView,
)


async def async_setup_hass(config_dir, config):
    hass = HomeAssistant(config_dir)
    await shell_command.async_setup(hass, config)
    app = web.Application()
    app["hass"] = hass

    async def client_session_ctx(app):
        app["client_session"] = aiohttp.ClientSession()
        yield
        await app["client_session"].close()

    app.cleanup_ctx.append(client_session_ctx)
    for view_cls in VIEWS:
        view_cls().register(app, app.router)
    return app
