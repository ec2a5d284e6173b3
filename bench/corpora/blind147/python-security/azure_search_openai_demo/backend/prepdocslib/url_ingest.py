"""Ingest a web page into the search index."""
import logging
from urllib.parse import urlparse

import aiohttp

from .textsplitter import split_text
from .searchmanager import upload_chunks

logger = logging.getLogger('scripts')

SHAREPOINT_SUFFIX = '.sharepoint.com'
TIMEOUT = aiohttp.ClientTimeout(total=30)


async def ingest_url(url, owner):
    logger.info('ingesting %s for %s', url, owner)
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        # expect: ssrf
        async with session.get(url) as resp:
            resp.raise_for_status()
            body = await resp.text()
    chunks = split_text(body)
    await upload_chunks(chunks, owner=owner, source=url)
    return len(chunks)


async def ingest_sharepoint(url, owner, token):
    host = urlparse(url).hostname or ''
    if urlparse(url).scheme != 'https' or not host.endswith(SHAREPOINT_SUFFIX):
        raise ValueError('only SharePoint Online URLs can be ingested')
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        async with session.get(url, headers={'Authorization': f'Bearer {token}'}) as resp:
            resp.raise_for_status()
            body = await resp.text()
    chunks = split_text(body)
    await upload_chunks(chunks, owner=owner, source=url)
    return len(chunks)
