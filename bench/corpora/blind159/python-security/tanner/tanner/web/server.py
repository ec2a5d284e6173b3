"""Tanner web UI: snares, sessions and the paths attackers requested."""
import html
import logging

from aiohttp import web

from tanner.api import api
from tanner.emulators.rfi import RfiStore

logger = logging.getLogger(__name__)

ROW = "<tr><td>{sid}</td><td>{ip}</td><td>{path}</td></tr>"


class TannerWebServer:
    def __init__(self, db_pool, redis_client, rfi_dir):
        self.api = api.Api(db_pool, redis_client)
        self.rfi = RfiStore(rfi_dir)

    async def handle_sessions(self, request):
        snare_uuid = request.match_info["snare_uuid"]
        filters = {"peer_ip": request.query.get("peer_ip"), "attack_type": request.query.get("attack_type")}
        sessions = await self.api.return_sessions(snare_uuid, filters)
        rows = "".join(
            ROW.format(sid=html.escape(s["sess_uuid"]), ip=html.escape(s["peer_ip"]), path=html.escape(s["paths"][0]["path"]))
            for s in sessions
        )
        return web.Response(text="<table>%s</table>" % rows, content_type="text/html")

    async def handle_session_paths(self, request):
        sess_uuid = request.match_info["sess_uuid"]
        session = await self.api.return_session_info(sess_uuid)
        items = "".join("<li>%s %s</li>" % (p["method"], p["path"]) for p in session["paths"])
        # expect: xss
        return web.Response(text="<h2>Session %s</h2><ul>%s</ul>" % (html.escape(sess_uuid), items), content_type="text/html")

    async def handle_rfi_download(self, request):
        name = request.match_info["name"]
        return web.Response(body=self.rfi.read(name), content_type="text/plain")

    async def handle_rfi_download_checked(self, request):
        name = request.match_info["name"]
        return web.Response(body=self.rfi.read_by_hash(name), content_type="text/plain")

    def setup_routes(self, app):
        app.router.add_get("/snare/{snare_uuid}/sessions", self.handle_sessions)
        app.router.add_get("/session/{sess_uuid}/paths", self.handle_session_paths)
        app.router.add_get("/rfi/{name:.+}", self.handle_rfi_download)
        app.router.add_get("/rfi-by-hash/{name}", self.handle_rfi_download_checked)

    def make_app(self):
        app = web.Application()
        self.setup_routes(app)
        return app
