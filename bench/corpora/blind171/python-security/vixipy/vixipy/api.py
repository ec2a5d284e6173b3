"""Thin client for pixiv's web AJAX API, shared by the routes."""

from __future__ import annotations

from typing import Any

from quart import current_app, request

PIXIV_BASE = "https://www.pixiv.net"


async def pixiv_request(endpoint: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """GET a pixiv AJAX endpoint with the user's token (if logged in)."""
    headers = {
        "User-Agent": current_app.config["USER_AGENT"],
        "Referer": PIXIV_BASE + "/",
        "Accept-Language": request.cookies.get("Vixipy-Language", "en"),
    }
    token = request.cookies.get("Vixipy-Token")
    if token:
        headers["Cookie"] = f"PHPSESSID={token}"
    async with current_app.pixiv.get(PIXIV_BASE + endpoint, params=params, headers=headers,
                                     timeout=15) as resp:
        data = await resp.json()
    if data.get("error"):
        raise RuntimeError(data.get("message") or "pixiv API error")
    return data["body"]


async def get_artwork(illust_id: int) -> dict[str, Any]:
    return await pixiv_request(f"/ajax/illust/{int(illust_id)}")


async def get_user(user_id: int) -> dict[str, Any]:
    return await pixiv_request(f"/ajax/user/{int(user_id)}", params={"full": 1})


async def get_ugoira_meta(illust_id: int) -> dict[str, Any]:
    return await pixiv_request(f"/ajax/illust/{int(illust_id)}/ugoira_meta")
