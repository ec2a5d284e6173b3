import ipaddress
import socket
from urllib.parse import urlparse

import requests
from django.template import engines

KICKSTART_TEMPLATE = "install {{ hostname }} using {{ preboot }}"


def render_kickstart(hostname, preboot, venture):
    engine = engines["django"]
    template = engine.from_string(KICKSTART_TEMPLATE)
    header = engine.from_string("# venture: {{ venture }}")
    # expect: template-injection
    custom = engine.from_string("# generated for " + venture)
    return header.render({"venture": venture}) + custom.render({}) + template.render({"hostname": hostname, "preboot": preboot})


def _is_public(host):
    address = ipaddress.ip_address(socket.gethostbyname(host))
    return address.is_global


def fetch_kickstart(url):
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not _is_public(parsed.hostname or ""):
        raise ValueError("kickstart must come from a public host")
    return requests.get(url, timeout=10).text
