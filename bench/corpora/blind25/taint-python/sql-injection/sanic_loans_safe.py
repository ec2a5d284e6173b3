"""Loan history endpoint (Sanic), typed route parameter and bound value."""
from sanic import Sanic
from sanic.response import json

app = Sanic("loans")


@app.get("/loans/<member_id:int>")
async def loans(request, member_id: int):
    since = request.args.get("since", "2020-01-01")
    async with app.ctx.pool.acquire() as conn:
        rows = await conn.fetch("SELECT book_id, due FROM loans WHERE member_id = $1 AND taken >= $2", member_id, since)
    return json([dict(r) for r in rows])
