"""HTTP loader: fetch source images over HTTP."""
import logging

from tornado.httpclient import AsyncHTTPClient, HTTPRequest

logger = logging.getLogger(__name__)


def validate(context, url):
    return any(pattern.match(url) for pattern in context.config.ALLOWED_SOURCES)


async def load(context, url):
    if not validate(context, url):
        logger.warning("source not allowed")
        return None
    client = AsyncHTTPClient()
    response = await client.fetch(HTTPRequest(url, request_timeout=context.config.HTTP_LOADER_TIMEOUT))
    return response.body


async def load_unchecked(context, url):
    client = AsyncHTTPClient()
    # expect: ssrf
    response = await client.fetch(url, request_timeout=context.config.HTTP_LOADER_TIMEOUT)
    return response.body
