"""Loan history endpoint (Sanic)."""
from sanic import Sanic
from sanic.response import json

app = Sanic("loans")


@app.get("/loans/<member_id>")
async def loans(request, member_id: str):
    since = request.args.get("since", "2020-01-01")
    async with app.ctx.pool.acquire() as conn:
        # expect: sql-injection
        rows = await conn.fetch("SELECT book_id, due FROM loans WHERE member_id = " + member_id + " AND taken >= '" + since + "'")
    return json([dict(r) for r in rows])
