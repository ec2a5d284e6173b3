"""HTTP helpers shared by the fetchers."""
import asyncio
import logging
import random
from urllib.parse import urlparse

import aiohttp
import async_timeout

LOGGER = logging.getLogger('owllook')

USER_AGENTS = [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15',
]


def get_random_user_agent():
    return random.choice(USER_AGENTS)


def get_netloc(url):
    netloc = urlparse(url).netloc
    return netloc or None


async def target_fetch(url, headers, timeout=15):
    headers = dict(headers)
    headers.setdefault('User-Agent', get_random_user_agent())
    async with async_timeout.timeout(timeout):
        try:
            async with aiohttp.ClientSession() as client:
                # expect: ssrf
                async with client.get(url, headers=headers) as response:
                    assert response.status == 200
                    LOGGER.info('Task url: %s', response.url)
                    return await response.text()
        except (aiohttp.ClientError, asyncio.TimeoutError, AssertionError) as e:
            LOGGER.exception(e)
            return None


async def get_time():
    await asyncio.sleep(random.uniform(0.1, 0.5))
