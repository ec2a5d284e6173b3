"""Minimal session store for the internal dashboard (aiohttp)."""
import random
import secrets
import time
import uuid

from aiohttp import web

SESSIONS = {}


def new_session_id():
    # expect: insecure-random
    return str(random.random())[2:] + str(int(time.time()))


def csrf_token():
    # expect: insecure-random
    return uuid.UUID(int=random.getrandbits(128)).hex


def new_session_id_safe():
    # safe: secrets
    return secrets.token_hex(32)


async def login(request):
    data = await request.post()
    sid = new_session_id_safe()
    SESSIONS[sid] = {"user": data["user"], "csrf": secrets.token_urlsafe(16)}
    resp = web.json_response({"ok": True})
    resp.set_cookie("sid", sid, httponly=True, secure=True, samesite="Lax")
    return resp


async def sample_sessions(request):
    # safe: sampling for a debug view
    keys = random.sample(sorted(SESSIONS), k=min(5, len(SESSIONS)))
    return web.json_response({"sample": len(keys)})


async def shuffle_banner(request):
    banners = ["a.png", "b.png", "c.png"]
    # safe: shuffling UI content
    random.shuffle(banners)
    return web.json_response({"banners": banners})


def legacy_sid(user_id):
    rng = random.Random()
    # expect: insecure-random
    return f"{user_id}-{rng.randrange(10**12)}"
