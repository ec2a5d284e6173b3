"""Team images: fetched once, stored as large objects."""
import requests

MAX_SIZE = 256 * 1024


def fetch_image(image_url):
    # expect: ssrf
    resp = requests.get(image_url, timeout=10, stream=True)
    data = resp.raw.read(MAX_SIZE + 1)
    if len(data) > MAX_SIZE:
        raise ValueError("image too large")
    return data
