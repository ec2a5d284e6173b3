import ipaddress
import logging
import socket
from urllib.parse import urlparse

import treq

from ...http.servlet import RestServlet, parse_string

logger = logging.getLogger(__name__)


class PreviewUrlResource(RestServlet):
    PATTERNS = ("/_matrix/media/v3/preview_url$",)

    def __init__(self, hs):
        super().__init__()
        self.ip_blocklist = [ipaddress.ip_network(n) for n in hs.config.media.url_preview_ip_range_blacklist]

    def _is_blocked(self, url):
        host = urlparse(url).hostname or ""
        try:
            addr = ipaddress.ip_address(socket.gethostbyname(host))
        except (OSError, ValueError):
            return True
        return any(addr in net for net in self.ip_blocklist) or not addr.is_global

    async def on_GET(self, request):
        url = parse_string(request, "url", required=True)
        if self._is_blocked(url):
            return 403, {"errcode": "M_FORBIDDEN"}
        response = await treq.get(url, timeout=30)
        return 200, {"og:url": url, "status": response.code}


class OEmbedPreviewResource(RestServlet):
    PATTERNS = ("/_matrix/media/v3/preview_oembed$",)

    async def on_GET(self, request):
        url = parse_string(request, "url", required=True)
        endpoint = parse_string(request, "endpoint", default="https://oembed.example.org/oembed")
        # expect: ssrf
        response = await treq.get(endpoint, params={"url": url}, timeout=30)
        return 200, {"status": response.code}
