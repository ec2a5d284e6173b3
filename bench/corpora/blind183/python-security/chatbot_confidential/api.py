"""HTTP API blueprint: documents, conversations and chat (``backend_sanic/api.py``)."""
from sanic import Blueprint
from sanic.exceptions import BadRequest, NotFound
from sanic.response import file, json

from .auth import protected
from .db import add_message, conversation_messages, search_conversations
from .ingest import attachment_path, save_attachment, save_document
from .llm import answer

bp = Blueprint("api", url_prefix="/api")


@bp.post("/documents")
@protected
async def upload_document(request):
    uploaded = request.files.get("file")
    if uploaded is None:
        raise BadRequest("file is required")
    doc_id = await save_document(request.app.config.UPLOAD_DIR, uploaded)
    return json({"document_id": doc_id}, status=201)


@bp.post("/conversations/<cid:int>/attachments")
@protected
async def upload_attachment(request, cid: int):
    uploaded = request.files.get("file")
    if uploaded is None:
        raise BadRequest("file is required")
    name = save_attachment(request.app.config.UPLOAD_DIR, cid, uploaded)
    return json({"name": name}, status=201)


@bp.get("/conversations/<cid:int>/attachments/<name>")
@protected
async def get_attachment(request, cid: int, name: str):
    path = attachment_path(request.app.config.UPLOAD_DIR, cid, name)
    if path is None:
        raise NotFound("no such attachment")
    return await file(path)


@bp.get("/conversations")
@protected
async def list_conversations(request):
    title = request.args.get("title", "")
    return json(search_conversations(request.app.ctx.db, request.ctx.user_id, title))


@bp.get("/conversations/<cid>")
@protected
async def get_conversation(request, cid: str):
    return json(conversation_messages(request.app.ctx.db, request.ctx.user_id, cid))


@bp.post("/chat")
@protected
async def chat(request):
    body = request.json or {}
    question = str(body.get("query", ""))[:4000]
    cid = int(body.get("conversation_id", 0))
    reply = await answer(question)
    add_message(request.app.ctx.db, cid, "user", question)
    add_message(request.app.ctx.db, cid, "assistant", reply)
    return json({"answer": reply})
