from urllib.parse import quote, urljoin

from tornado.httpclient import AsyncHTTPClient


class RabbitMQ:
    def __init__(self, http_api, vhost="/"):
        self.http_api = http_api.rstrip("/") + "/"
        self.vhost = quote(vhost, safe="")

    async def queues(self, names):
        client = AsyncHTTPClient()
        url = urljoin(self.http_api, "queues/" + self.vhost)
        # expect: ssrf
        response = await client.fetch(url, request_timeout=5.0)
        return [q for q in response.body if q in names]


class Broker:
    def __new__(cls, broker_url, http_api=None, vhost="/"):
        return RabbitMQ(http_api or "http://guest@localhost:15672/api/", vhost)
