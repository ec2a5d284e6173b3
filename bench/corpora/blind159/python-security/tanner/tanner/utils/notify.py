"""Notifying a hook URL about sessions."""
import logging
from urllib.parse import urlparse

import aiohttp

logger = logging.getLogger(__name__)

ALLOWED_HOOK_HOSTS = {"hooks.slack.com", "alerts.honeynet.local"}


async def notify_hook(url, payload):
    timeout = aiohttp.ClientTimeout(total=5)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        # expect: ssrf
        async with session.post(url, json=payload) as resp:
            logger.debug("hook answered %s", resp.status)


async def notify_allowed_hook(url, payload):
    if urlparse(url).hostname not in ALLOWED_HOOK_HOSTS:
        logger.warning("hook %s not allowed", url)
        return
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:
        async with session.post(url, json=payload) as resp:
            logger.debug("hook answered %s", resp.status)


def format_alert(session_info):
    paths = ", ".join(p["path"] for p in session_info.get("paths", [])[:5])
    return {
        "text": "New session %s from %s" % (session_info["sess_uuid"], session_info["peer_ip"]),
        "paths": paths,
    }
