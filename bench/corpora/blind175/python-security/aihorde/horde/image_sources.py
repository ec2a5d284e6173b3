"""Turns a submitted source image into bytes for the workers."""
import base64
import binascii
from io import BytesIO

import requests
from PIL import Image

from horde.utils import validate_webhook_url

MAX_BYTES = 10 * 1024 * 1024


def decode_base64_image(data):
    try:
        raw = base64.b64decode(data, validate=True)
    except binascii.Error:
        return None
    return Image.open(BytesIO(raw))


def fetch_checked_image(url):
    """Used by the admin-only style importer; URLs are checked first."""
    if not validate_webhook_url(url):
        return None
    response = requests.get(url, timeout=10, allow_redirects=False)
    return Image.open(BytesIO(response.content[:MAX_BYTES]))


def load_source_image(source):
    """Source images come as base64 or as a link to an image."""
    if source.startswith("http://") or source.startswith("https://"):
        # expect: ssrf
        response = requests.get(source, timeout=10)
        if len(response.content) > MAX_BYTES:
            return None
        return Image.open(BytesIO(response.content))
    return decode_base64_image(source)
