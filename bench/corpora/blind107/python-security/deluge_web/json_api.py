"""The web UI's JSON-RPC component: @export methods called by the browser."""
import os
import tempfile

from .decorators import export
from .web_helpers import fetch_url, fetch_url_checked, torrent_upload_path
from .client import client

UPLOAD_DIR = os.path.join(tempfile.gettempdir(), "delugeweb-uploads")


class WebApi:
    @export
    def download_torrent_from_url(self, url, cookie=None):
        headers = {"Cookie": cookie} if cookie else {}
        return fetch_url(url, headers)

    @export
    def download_torrent_from_tracker(self, tracker, info_hash):
        return fetch_url_checked(tracker, info_hash)

    @export
    def get_torrent_info(self, filename):
        path = torrent_upload_path(UPLOAD_DIR, filename)
        with open(path, "rb") as fh:
            return {"size": len(fh.read())}

    @export
    def get_torrent_info_uploaded(self, filename):
        name = os.path.basename(filename)
        with open(os.path.join(UPLOAD_DIR, name), "rb") as fh:
            return {"size": len(fh.read())}

    @export
    def add_torrents(self, torrents):
        for torrent in torrents:
            options = torrent.get("options", {})
            client.core.add_torrent_file(torrent["path"], options)
        return True

    @export
    def execute_add_command(self, event, command):
        return client.execute.add_command(event, command)
