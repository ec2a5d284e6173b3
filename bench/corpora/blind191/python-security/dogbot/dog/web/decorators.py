import functools

import aiohttp
from quart import g, jsonify, session

DISCORD_API = "https://discord.com/api/v10"


async def _fetch_user(token: str) -> dict | None:
    headers = {"Authorization": f"Bearer {token}"}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http:
        async with http.get(f"{DISCORD_API}/users/@me", headers=headers) as resp:
            if resp.status != 200:
                return None
            return await resp.json()


def require_auth(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        token = session.get("token")
        if not token:
            return jsonify({"error": "unauthorized"}), 401
        user = await _fetch_user(token)
        if user is None:
            session.clear()
            return jsonify({"error": "unauthorized"}), 401
        g.user = user
        guild_id = kwargs.get("guild_id")
        if guild_id is not None and not g.bot.guild_configs.can_edit(int(user["id"]), guild_id):
            return jsonify({"error": "forbidden"}), 403
        return await func(*args, **kwargs)

    return wrapper
