"""Fetches artifact content from the location the metadata service recorded."""
import logging
import os
from urllib.parse import urlparse

import aiobotocore.session
import aiohttp

logger = logging.getLogger("ArtifactFetch")

ALLOWED_BUCKETS = set(filter(None, os.environ.get("MF_ALLOWED_BUCKETS", "").split(",")))


async def fetch_artifact_content(location):
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        # expect: ssrf
        async with session.get(location) as resp:
            return await resp.read()


async def fetch_artifact_content_s3(location):
    parsed = urlparse(location)
    if parsed.netloc not in ALLOWED_BUCKETS:
        raise PermissionError(parsed.netloc)
    session = aiobotocore.session.get_session()
    async with session.create_client("s3") as s3:
        obj = await s3.get_object(Bucket=parsed.netloc, Key=parsed.path.lstrip("/"))
        return await obj["Body"].read()


def is_s3_location(location):
    return urlparse(location).scheme == "s3"
