from flask import request

from supysonic.api import api_routing
from supysonic.db import Track, db


@api_routing("/search3")
def search_id3():
    query = request.values.get("query", "")
    count = int(request.values.get("songCount", 20))
    if request.values.get("fuzzy") == "true":
        # expect: sql-injection
        rows = db.select(f"SELECT id, title FROM track WHERE title LIKE '%{query}%' LIMIT {count}")
    else:
        rows = Track.select(lambda t: query in t.title).limit(count)[:]
    return {"searchResult3": {"song": [{"id": str(r[0]), "title": r[1]} if isinstance(r, tuple) else r.as_subsonic_child() for r in rows]}}


@api_routing("/search2")
def search_two():
    query = request.values.get("query", "")
    rows = db.select("SELECT id, title FROM track WHERE title LIKE $pattern LIMIT 20", {"pattern": f"%{query}%"})
    return {"searchResult2": {"song": [{"id": str(r[0]), "title": r[1]} for r in rows]}}
