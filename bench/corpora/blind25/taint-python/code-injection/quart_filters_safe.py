"""Saved search filters built from a fixed operator table (Quart)."""
import operator

from quart import Quart, request

app = Quart(__name__)
OPS = {"==": operator.eq, "<": operator.lt, ">": operator.gt}


@app.post("/filters/test")
async def test_filter():
    body = await request.get_json()
    field, op, value = body["field"], OPS.get(body.get("op", "=="), operator.eq), int(body["value"])
    return {"matches": op({"year": 2001, "pages": 300}.get(field), value)}
