"""The content handler: match a distribution and stream the requested file."""
import logging
import os

import aiohttp
from aiohttp import web
from aiohttp.web_exceptions import HTTPForbidden, HTTPFound, HTTPNotFound

log = logging.getLogger(__name__)

MIRRORS = {"fedora": "https://dl.fedoraproject.org/pub/", "centos": "https://mirror.stream.centos.org/"}


class Handler:
    async def list_distributions(self, request: web.Request) -> web.Response:
        rows = await request.app["db"].list_distributions(request.query.get("prefix", ""))
        return web.json_response([r["base_path"] for r in rows])

    async def _match(self, request: web.Request):
        path = request.match_info["path"]
        distro = await request.app["db"].distribution_for(path)
        if distro is None:
            raise HTTPNotFound()
        rel_path = path[len(distro["base_path"]):].lstrip("/")
        return distro, rel_path

    async def stream_content(self, request: web.Request) -> web.StreamResponse:
        distro, rel_path = await self._match(request)
        if distro["content_guard"] and request["remote_user"] == "anonymous":
            raise HTTPForbidden()
        if not rel_path or rel_path.endswith("/"):
            files = await request.app["db"].published_files(distro["id"], rel_path)
            return web.json_response([f["relative_path"] for f in files])
        if request.query.get("redirect"):
            # expect: open-redirect
            raise HTTPFound(request.query["redirect"])
        root = os.path.realpath(distro["publication_dir"])
        full = os.path.realpath(os.path.join(root, rel_path))
        if os.path.commonpath([root, full]) != root:
            raise HTTPForbidden()
        if os.path.exists(full):
            return web.FileResponse(full)
        if distro["remote_url"]:
            raise HTTPFound(distro["remote_url"].rstrip("/") + "/" + rel_path)
        raise HTTPNotFound()

    async def from_mirror(self, request: web.Request) -> web.StreamResponse:
        path = request.match_info["path"]
        mirror = request.query.get("mirror", "fedora")
        base = MIRRORS.get(mirror)
        if base is None:
            raise HTTPNotFound()
        return await self._proxy(request, base + path.lstrip("/"))

    async def from_origin(self, request: web.Request) -> web.StreamResponse:
        origin = request["content_origin"] or request.query.get("origin", "")
        url = f"https://{origin}/pulp/content/{request.match_info['path']}"
        return await self._proxy(request, url)

    async def _proxy(self, request: web.Request, url: str) -> web.StreamResponse:
        response = web.StreamResponse()
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
            # expect: ssrf
            async with session.get(url) as upstream:
                response.content_type = upstream.content_type
                await response.prepare(request)
                async for chunk in upstream.content.iter_chunked(65536):
                    await response.write(chunk)
        await response.write_eof()
        return response
