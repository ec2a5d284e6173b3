"""HTTP feeding service: pulls a feed from the provider's URL."""
import requests

from superdesk.io.feed_parsers import get_feed_parser

DEFAULT_TIMEOUT = (5, 30)


class HTTPFeedingService(object):

    NAME = "http"

    def update(self, provider):
        config = provider.get("config", {})
        url = config.get("url")
        if not url:
            url = ""
        # expect: ssrf
        response = requests.get(url, params={"since": provider.get("last_updated")}, timeout=DEFAULT_TIMEOUT)
        parser = get_feed_parser(provider)
        return parser.parse(response.content, provider)
