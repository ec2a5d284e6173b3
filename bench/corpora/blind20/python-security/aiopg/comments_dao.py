"""Comment DAO on aiopg (aiohttp service)."""
import aiopg
from aiohttp import web

DSN = "dbname=comments user=comments host=127.0.0.1"


async def init_pool(app: web.Application) -> None:
    app["pg"] = await aiopg.create_pool(DSN)


async def list_comments(request: web.Request) -> web.Response:
    post_id = request.match_info["post_id"]
    async with request.app["pg"].acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT id, author, body FROM comments WHERE post_id = %s", (post_id,))
            rows = await cur.fetchall()
    return web.json_response([dict(zip(("id", "author", "body"), r)) for r in rows])


async def by_author(request: web.Request) -> web.Response:
    author = request.query.get("author", "")
    async with request.app["pg"].acquire() as conn:
        async with conn.cursor() as cur:
            # expect: sql-injection
            await cur.execute("SELECT id, body FROM comments WHERE author = '%s'" % author)
            rows = await cur.fetchall()
    return web.json_response(rows)


async def hide(request: web.Request) -> web.Response:
    comment_id = int(request.match_info["comment_id"])
    async with request.app["pg"].acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute(f"UPDATE comments SET hidden = true WHERE id = {comment_id}")
    return web.Response(status=204)


async def search(request: web.Request) -> web.Response:
    data = await request.post()
    words = data.get("q", "")
    async with request.app["pg"].acquire() as conn:
        async with conn.cursor() as cur:
            # expect: sql-injection
            await cur.execute(f"SELECT id FROM comments WHERE to_tsvector(body) @@ plainto_tsquery('{words}')")
            rows = await cur.fetchall()
    return web.json_response([r[0] for r in rows])


async def search_bound(request: web.Request) -> web.Response:
    data = await request.post()
    async with request.app["pg"].acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT id FROM comments WHERE to_tsvector(body) @@ plainto_tsquery(%s)", (data.get("q", ""),))
            rows = await cur.fetchall()
    return web.json_response([r[0] for r in rows])
