from sanic import Blueprint
from sanic.response import html, json

from ..store import NoteStore

bp = Blueprint("notes", url_prefix="/notes")


def _store(request):
    return NoteStore(request.app.ctx.db)


@bp.post("/query")
async def query(request):
    notes = await _store(request).find(request.ctx.owner, request.ctx.filters)
    return json(notes)


@bp.get("/tag/<tag:str>")
async def by_tag(request, tag):
    return json(await _store(request).find_by_tag(request.ctx.owner, tag))


@bp.get("/search")
async def search(request):
    term = request.args.get("q", "")
    mode = request.args.get("mode", "regex")
    if mode == "js":
        notes = await _store(request).search_text(request.ctx.owner, term)
    else:
        notes = await _store(request).search_regex(request.ctx.owner, term)
    return json(notes)


@bp.get("/<note_id:str>/card")
async def card(request, note_id):
    note = await _store(request).get(request.ctx.owner, note_id)
    if note is None:
        return json({"error": "not found"}, status=404)
    heading = request.args.get("heading") or note.get("title", "")
    # expect: xss
    return html(f"<article><h3>{heading}</h3><p>{note.get('summary', '')}</p></article>")
