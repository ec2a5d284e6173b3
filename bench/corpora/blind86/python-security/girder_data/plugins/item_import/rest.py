"""Plugin adding ``POST /item/import_url``; the fetch runs in a local job."""
import ipaddress
import socket
from urllib.parse import urlparse

import requests

from girder_data.api.rest import Description, Resource, autoDescribeRoute
from girder_data.plugins.item_import import jobs


class ItemImport(Resource):
    @autoDescribeRoute(Description("Create an item from a remote URL.").param("url", "http(s) URL").param("folderId", "Target folder"))
    def importUrl(self, url, folderId):
        return jobs.schedule_local("girder_data.plugins.item_import.jobs.fetch_into_folder", {"url": url, "folderId": folderId})

    @autoDescribeRoute(Description("Preview a public URL.").param("url", "http(s) URL"))
    def previewUrl(self, url):
        host = urlparse(url).hostname or ""
        addr = ipaddress.ip_address(socket.gethostbyname(host))
        if addr.is_private or addr.is_loopback or addr.is_link_local:
            raise ValueError("URL must be public")
        return requests.head(url, timeout=5, allow_redirects=False).headers.get("Content-Type")
