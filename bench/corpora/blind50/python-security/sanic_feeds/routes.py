"""Sanic routes of the feed reader."""
import sqlite3

from sanic import Blueprint, response

import cache
import fetcher

bp = Blueprint("feeds", url_prefix="/feeds")
DB = "/var/lib/feeds/feeds.db"


@bp.get("/read")
async def read(request):
    url = request.args.get("url", "")
    text = await fetcher.fetch(url)
    return response.text(text[:2000])


@bp.get("/read-trusted/<name>")
async def read_trusted(request, name):
    return response.text((await fetcher.fetch_trusted(name))[:2000])


@bp.get("/search")
async def search(request):
    term = request.args.get("q", "")
    return response.json(await fetcher.search_index(term))


@bp.post("/subscribe")
async def subscribe(request):
    payload = request.json or {}
    feeds = payload.get("feeds", [])
    conn = sqlite3.connect(DB)
    try:
        for feed in feeds:
            values = "('{}', '{}')".format(request.ctx.user, feed)
            # expect: sql-injection
            conn.execute("INSERT INTO subscriptions (user, url) VALUES " + values)
        conn.commit()
    finally:
        conn.close()
    return response.json({"added": len(feeds)})


@bp.post("/subscribe-safe")
async def subscribe_safe(request):
    payload = request.json or {}
    rows = [(request.ctx.user, feed) for feed in payload.get("feeds", [])]
    conn = sqlite3.connect(DB)
    try:
        conn.executemany("INSERT INTO subscriptions (user, url) VALUES (?, ?)", rows)
        conn.commit()
    finally:
        conn.close()
    return response.json({"added": len(rows)})


@bp.post("/state")
async def restore_state(request):
    state = cache.load_state(request.body)
    return response.json({"items": len(state)})


@bp.post("/state-json")
async def restore_state_json(request):
    state = cache.load_state_json(request.body)
    return response.json({"items": len(state)})


@bp.get("/title")
async def title(request):
    name = request.args.get("name", "feed")
    # expect: xss
    return response.html(f"<title>{name}</title><h1>{name}</h1>")


@bp.get("/go")
async def go(request):
    target = request.args.get("to")
    if not target:
        target = "/feeds"
    # expect: open-redirect
    return response.redirect(target)
