"""Search and debug endpoints."""
from aiohttp import web

from tribler_core.restapi.rest_endpoint import RESTEndpoint, RESTResponse
from tribler_core.metadata_store.store import MetadataStore


class SearchEndpoint(RESTEndpoint):
    def setup_routes(self):
        self.mds = MetadataStore()
        self.app.add_routes([web.get("", self.search), web.get("/log", self.get_log)])

    async def search(self, request):
        sanitized = {"txt_filter": request.query.get("txt_filter", ""), "first": int(request.query.get("first", 1)),
                     "last": int(request.query.get("last", 50)), "sort_by": request.query.get("sort_by")}
        return RESTResponse({"results": self.mds.get_entries(**sanitized)})

    async def get_log(self, request):
        log_file = request.query.get("file", "tribler-core-info.log")
        max_lines = int(request.query.get("max_lines", 100))
        return RESTResponse({"content": self.mds.read_log(log_file, max_lines)})
