"""Downloads and torrent-info endpoints."""
from aiohttp import web

from tribler_core.restapi.rest_endpoint import RESTEndpoint, RESTResponse


class DownloadsEndpoint(RESTEndpoint):
    def setup_routes(self):
        self.app.add_routes([web.put("", self.add_download), web.get("/torrentinfo", self.get_torrent_info)])

    async def add_download(self, request):
        params = await request.json()
        uri = params.get("uri")
        if not uri:
            return RESTResponse({"error": "uri parameter missing"}, status=400)
        config = {"anon_hops": int(params.get("anon_hops", 0)), "destination": params.get("destination")}
        download = await self.session.download_manager.start_download_from_uri(uri, config=config)
        return RESTResponse({"started": True, "infohash": download})

    async def get_torrent_info(self, request):
        uri = request.query.get("uri", "")
        metainfo = await self.session.download_manager.fetch_metainfo(uri, hops=int(request.query.get("hops", 0)))
        return RESTResponse({"metainfo": metainfo.hex()})
