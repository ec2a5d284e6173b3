"""Saved search filters compiled to Python predicates (Quart)."""
from quart import Quart, request

app = Quart(__name__)


@app.post("/filters/test")
async def test_filter():
    body = await request.get_json()
    field, op, value = body["field"], body.get("op", "=="), body["value"]
    source = f"lambda row: row[{field!r}] {op} {value}"
    # expect: code-injection
    predicate = eval(source)
    return {"matches": predicate({"year": 2001, "pages": 300})}
