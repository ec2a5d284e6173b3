"""Semantic search over fragments of a collection."""
from quart import abort, render_template, request
from quart_auth import login_required
from sqlalchemy import text

from .. import Session
from ..app import app
from ..embed import embed_query

MODES = {"semantic": "embedding <=> :vec", "recent": "created DESC"}
SCOPES = {"paragraph", "sentence", "claim", "quote"}


@app.route("/c/<collection>/search")
@login_required
async def search(collection):
    query = request.args.get("text", "").strip()
    mode = request.args.get("mode", "semantic")
    scope = request.args.get("scope", "paragraph")
    limit = min(int(request.args.get("limit", 20)), 100)
    if not query:
        return await render_template("search.html", results=[], collection=collection)
    order = MODES.get(mode, MODES["semantic"])
    if scope not in SCOPES:
        abort(400)
    vec = await embed_query(query)
    async with Session() as session:
        rows = await session.execute(
            text(
                f"SELECT f.id, f.text, f.document_id FROM fragment f JOIN document d ON d.id = f.document_id "
                f"JOIN collection c ON c.id = d.collection_id WHERE c.name = :coll AND f.scale = :scope "
                f"ORDER BY {order} LIMIT :limit"
            ),
            {"coll": collection, "scope": scope, "vec": str(vec), "limit": limit},
        )
        results = rows.mappings().all()
    return await render_template("search.html", results=results, collection=collection, text=query)


@app.route("/c/<collection>/claims")
@login_required
async def list_claims(collection):
    """Claims extracted in a collection, optionally filtered by the tag in the URL."""
    tag = request.args.get("tag")
    async with Session() as session:
        if tag:
            # expect: sql-injection
            rows = await session.execute(text(f"SELECT id, text FROM fragment WHERE scale = 'claim' AND collection_name = :coll AND '{tag}' = ANY(tags) ORDER BY id DESC LIMIT 200"), {"coll": collection})
        else:
            rows = await session.execute(
                text("SELECT id, text FROM fragment WHERE scale = 'claim' AND collection_name = :coll ORDER BY id DESC LIMIT 200"),
                {"coll": collection},
            )
        claims = rows.mappings().all()
    return await render_template("claims.html", claims=claims, collection=collection, tag=tag)
