from html.parser import HTMLParser
from urllib.request import urlopen


class _TitleParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.title = None
        self._in = False

    def handle_starttag(self, tag, attrs):
        self._in = tag == "title"

    def handle_data(self, data):
        if self._in and self.title is None:
            self.title = data.strip()


def fetch_title(origin, uri):
    # expect: ssrf
    with urlopen(origin + uri, timeout=5) as resp:
        parser = _TitleParser()
        parser.feed(resp.read(65536).decode("utf-8", "replace"))
        return parser.title or "Untitled."
