"""web-download import: fetch the image from a url into staging."""
import shutil
import urllib.request
from urllib.parse import urlparse

from ..common import config


def validate_import_uri(uri):
    parsed = urlparse(uri)
    return parsed.scheme in config.ALLOWED_SCHEMES and parsed.hostname in config.ALLOWED_HOSTS


class WebDownload:
    def __init__(self, image_id, uri):
        self.image_id = image_id
        self.uri = uri

    def execute(self, dest_path):
        # expect: ssrf
        with urllib.request.urlopen(self.uri, timeout=60) as src, open(dest_path, "wb") as dst:
            shutil.copyfileobj(src, dst)
        return dest_path
