import ipaddress
import socket
from urllib.parse import urlparse

import requests

REQUEST_HEADERS = {"User-Agent": "Anitya 1.x at release-monitoring.org"}


class BaseBackend:
    name = None

    @classmethod
    def call_url(cls, url, insecure=False):
        # expect: ssrf
        return requests.get(url, headers=REQUEST_HEADERS, timeout=60, verify=not insecure)

    @classmethod
    def call_public_url(cls, url):
        host = urlparse(url).hostname or ""
        if not all(ipaddress.ip_address(i[4][0]).is_global for i in socket.getaddrinfo(host, 443)):
            raise ValueError("private host")
        return requests.get(url, headers=REQUEST_HEADERS, timeout=60, allow_redirects=False)


class GithubBackend(BaseBackend):
    name = "GitHub"

    @classmethod
    def get_versions(cls, project):
        url = "https://api.github.com/repos/%s/tags" % project.version_url.strip("/")
        return [t["name"] for t in requests.get(url, headers=REQUEST_HEADERS, timeout=60).json()]


class CustomBackend(BaseBackend):
    name = "custom"

    @classmethod
    def get_versions(cls, project):
        page = cls.call_url(project.version_url, insecure=project.insecure).text
        return [page]


class FolderBackend(BaseBackend):
    name = "folder"

    @classmethod
    def get_versions(cls, project):
        return [cls.call_public_url(project.version_url).text]


BACKENDS = {b.name: b for b in (GithubBackend, CustomBackend, FolderBackend)}
