"""Download manager: turns URIs into torrent definitions."""
import os
from binascii import unhexlify
from urllib.parse import unquote_plus, urlparse

import aiohttp

STATE_DIR = os.path.expanduser("~/.Tribler")
TORRENT_DIR = os.path.join(STATE_DIR, "torrents")


class DownloadManager:
    async def _http_get(self, uri):
        async with aiohttp.ClientSession(raise_for_status=True) as session:
            # expect: ssrf
            async with session.get(uri) as response:
                return await response.read()

    async def fetch_metainfo(self, uri, hops=0):
        if uri.startswith("magnet:"):
            infohash = uri.split("xt=urn:btih:")[1][:40]
            path = os.path.join(TORRENT_DIR, unhexlify(infohash).hex() + ".torrent")
            with open(path, "rb") as fh:
                return fh.read()
        if uri.startswith("file:"):
            return self._read_file(uri)
        return await self._http_get(uri)

    def _read_file(self, uri):
        path = unquote_plus(urlparse(uri).path)
        # expect: path-traversal
        with open(path, "rb") as fh:
            return fh.read()

    async def start_download_from_uri(self, uri, config=None):
        metainfo = await self.fetch_metainfo(uri, hops=config.get("anon_hops", 0))
        name = os.path.basename(config.get("destination") or "downloads")
        os.makedirs(os.path.join(STATE_DIR, "downloads", name), exist_ok=True)
        return metainfo[:20].hex()
