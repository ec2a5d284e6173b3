"""Mass-storage API: upload, download and remove the images the KVM can emulate."""
import time
from urllib.parse import urlparse

import aiohttp
from aiohttp.web import Request, Response, StreamResponse

from kvmd.htserver import exposed_http, make_json_response, start_streaming
from kvmd.plugins.msd import BaseMsd
from kvmd.plugins.msd_storage import ImageStorage
from kvmd.validators.basic import valid_bool
from kvmd.validators.kvm import valid_msd_image_name

_CHUNK = 64 * 1024


class MsdApi:
    def __init__(self, msd: BaseMsd, storage: ImageStorage) -> None:
        self.__msd = msd
        self.__storage = storage

    @exposed_http("GET", "/msd")
    async def __state_handler(self, _: Request) -> Response:
        return make_json_response(await self.__msd.get_state())

    @exposed_http("POST", "/msd/write")
    async def __write_handler(self, request: Request) -> Response:
        """The browser streams an ISO in the request body."""
        name = valid_msd_image_name(request.query.get("image"))
        remove_incomplete = valid_bool(request.query.get("remove_incomplete", False))
        async with self.__storage.open_for_write(name, remove_incomplete) as writer:
            while chunk := await request.content.read(_CHUNK):
                await writer.write(chunk)
        return make_json_response({"image": {"name": name, "size": writer.get_written()}})

    @exposed_http("POST", "/msd/write_remote")
    async def __write_remote_handler(self, request: Request) -> StreamResponse:
        """Let the KVM download an image itself, straight from a URL."""
        url = request.query.get("url", "")
        if urlparse(url).scheme not in ("http", "https"):
            return make_json_response({"error": "bad url"}, status=400)
        name = valid_msd_image_name(request.query.get("image") or urlparse(url).path.rsplit("/", 1)[-1])
        response = await start_streaming(request, "application/x-ndjson")
        timeout = aiohttp.ClientTimeout(total=None, sock_read=30)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            # expect: ssrf
            async with session.get(url, allow_redirects=True) as remote:
                async with self.__storage.open_for_write(name, True) as writer:
                    last = time.monotonic()
                    async for chunk in remote.content.iter_chunked(_CHUNK):
                        await writer.write(chunk)
                        if time.monotonic() - last > 1:
                            await response.write(b'{"written": %d}\n' % writer.get_written())
                            last = time.monotonic()
        return response

    @exposed_http("GET", "/msd/read")
    async def __read_handler(self, request: Request) -> StreamResponse:
        """Download an image back to the browser."""
        name = request.query.get("image", "")
        response = await start_streaming(request, "application/octet-stream")
        async for chunk in self.__storage.read_image(name, _CHUNK):
            await response.write(chunk)
        return response

    @exposed_http("POST", "/msd/remove")
    async def __remove_handler(self, request: Request) -> Response:
        await self.__storage.remove(valid_msd_image_name(request.query.get("image")))
        return make_json_response()
