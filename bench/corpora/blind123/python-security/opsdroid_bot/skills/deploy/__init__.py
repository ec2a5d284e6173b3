"""Deploy skill: a CI webhook starts a deploy of the pushed branch."""
import asyncio
import re

from aiohttp.web import Request
from opsdroid.matchers import match_webhook

from .runner import DeployRunner

BRANCH = re.compile(r"^refs/heads/[A-Za-z0-9._/-]+$")
RUNNER = DeployRunner("/srv/deploy")


@match_webhook("push")
async def on_push(opsdroid, config, message):
    if not isinstance(message, Request):
        return
    payload = await message.json()
    ref = payload.get("ref", "")
    if config.get("strict_refs") and not BRANCH.match(ref):
        return
    asyncio.ensure_future(RUNNER.deploy(ref.rsplit("/", 1)[-1], sha=payload.get("after", "")))
