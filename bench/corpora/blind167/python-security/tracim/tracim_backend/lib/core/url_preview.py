"""Link previews for URLs pasted in comments."""
import re
from html.parser import HTMLParser
from typing import Optional
from urllib.parse import urlencode, urlparse

import requests

URL_RE = re.compile(r"https?://[^\s<>\"']{1,2000}")
OEMBED_PROVIDERS = {
    "www.youtube.com": "https://www.youtube.com/oembed",
    "youtu.be": "https://www.youtube.com/oembed",
    "vimeo.com": "https://vimeo.com/api/oembed.json",
    "www.flickr.com": "https://www.flickr.com/services/oembed/",
}
USER_AGENT = "Tracim link preview"


class _TitleParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.title = None
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self._in_title = tag == "title" and self.title is None

    def handle_data(self, data):
        if self._in_title:
            self.title = data.strip()[:300]
            self._in_title = False


def first_url(raw_content: str) -> Optional[str]:
    match = URL_RE.search(raw_content or "")
    return match.group(0) if match else None


def fetch_oembed(url: str) -> Optional[dict]:
    endpoint = OEMBED_PROVIDERS.get(urlparse(url).hostname or "")
    if endpoint is None:
        return None
    resp = requests.get(f"{endpoint}?{urlencode({'url': url, 'format': 'json'})}", timeout=5)
    return resp.json() if resp.ok else None


def fetch_title(url: str) -> Optional[str]:
    # expect: ssrf
    resp = requests.get(url, headers={"User-Agent": USER_AGENT}, timeout=5, stream=True)
    chunk = resp.raw.read(64 * 1024, decode_content=True).decode("utf-8", errors="replace")
    parser = _TitleParser()
    parser.feed(chunk)
    return parser.title
