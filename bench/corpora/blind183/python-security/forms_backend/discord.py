"""Various utilities for working with the Discord API (``backend/discord.py``)."""
from urllib import parse

import httpx

from backend import constants

API_BASE_URL = "https://discord.com/api/v10/"
DISCORD_HEADERS = {"Authorization": f"Bot {constants.DISCORD_BOT_TOKEN}"}


async def make_request(method: str, path: str, json: dict | None = None, headers: dict | None = None) -> httpx.Response:
    """Make a request to the Discord API with the bot's credentials."""
    url = parse.urljoin(API_BASE_URL, path)
    if not url.startswith(API_BASE_URL):
        raise ValueError("refusing to send the bot token outside the Discord API")
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.request(method, url, json=json, headers={**DISCORD_HEADERS, **(headers or {})})
    resp.raise_for_status()
    return resp


async def fetch_bearer_token(code: str) -> dict:
    data = {
        "client_id": constants.OAUTH2_CLIENT_ID,
        "client_secret": constants.OAUTH2_CLIENT_SECRET,
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": constants.OAUTH2_REDIRECT_URI,
    }
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(API_BASE_URL + "oauth2/token", data=data)
    resp.raise_for_status()
    return resp.json()


async def refresh_bearer_token(refresh_token: str) -> dict:
    data = {"grant_type": "refresh_token", "refresh_token": refresh_token,
            "client_id": constants.OAUTH2_CLIENT_ID, "client_secret": constants.OAUTH2_CLIENT_SECRET}
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(API_BASE_URL + "oauth2/token", data=data)
    resp.raise_for_status()
    return resp.json()


async def fetch_user_details(bearer: str) -> dict:
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(API_BASE_URL + "users/@me", headers={"Authorization": f"Bearer {bearer}"})
    resp.raise_for_status()
    return resp.json()


async def assign_role(member_id: str, role_id: int) -> None:
    await make_request("PUT", f"guilds/{constants.DISCORD_GUILD}/members/{int(member_id)}/roles/{int(role_id)}")
