"""Request handlers for the local_doc_qa API."""
import re
import uuid
from datetime import datetime

from sanic.request import Request
from sanic.response import json as sanic_json

from core.local_file import LocalFile
from core.web_loader import fetch_weblink

USER_ID_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")


def safe_get(req: Request, attr: str, default=None):
    """Read a field from JSON body, form or query, in that order."""
    if req.json and attr in req.json:
        return req.json[attr]
    if attr in req.form:
        return req.form.get(attr)
    return req.args.get(attr, default)


def check_user_id(user_id):
    return isinstance(user_id, str) and bool(USER_ID_RE.match(user_id))


async def new_knowledge_base(req: Request):
    user_id = safe_get(req, "user_id")
    if not check_user_id(user_id):
        return sanic_json({"code": 2005, "msg": "invalid user_id"})
    kb_name = safe_get(req, "kb_name", "default")
    kb_id = "KB" + uuid.uuid4().hex
    req.app.ctx.kb_manager.new_knowledge_base(kb_id, user_id, kb_name)
    return sanic_json({"code": 200, "data": {"kb_id": kb_id, "kb_name": kb_name}})


async def upload_files(req: Request):
    user_id = safe_get(req, "user_id")
    kb_id = safe_get(req, "kb_id")
    if not check_user_id(user_id) or not req.app.ctx.kb_manager.check_kb_exist(user_id, [kb_id]):
        return sanic_json({"code": 2003, "msg": "knowledge base not found"})
    saved = []
    for f in req.files.getlist("files") or []:
        local_file = LocalFile(user_id, kb_id, f.body, f.name)
        file_id = req.app.ctx.kb_manager.add_file(user_id, kb_id, f.name, local_file.file_path)
        saved.append({"file_id": file_id, "file_name": f.name})
    return sanic_json({"code": 200, "data": saved})


async def upload_weblink(req: Request):
    user_id = safe_get(req, "user_id")
    kb_id = safe_get(req, "kb_id")
    url = safe_get(req, "url")
    if not check_user_id(user_id) or not req.app.ctx.kb_manager.check_kb_exist(user_id, [kb_id]):
        return sanic_json({"code": 2003, "msg": "knowledge base not found"})
    content = await fetch_weblink(url)
    file_name = f"{uuid.uuid4().hex}.html"
    local_file = LocalFile(user_id, kb_id, content.encode("utf-8"), file_name)
    file_id = req.app.ctx.kb_manager.add_file(user_id, kb_id, url, local_file.file_path)
    return sanic_json({"code": 200, "data": {"file_id": file_id}})


async def list_docs(req: Request):
    user_id = safe_get(req, "user_id")
    kb_id = safe_get(req, "kb_id")
    file_name = safe_get(req, "file_name", "")
    if not check_user_id(user_id):
        return sanic_json({"code": 2005, "msg": "invalid user_id"})
    files = req.app.ctx.kb_manager.get_files(user_id, kb_id, file_name)
    return sanic_json({"code": 200, "data": files})


async def delete_docs(req: Request):
    user_id = safe_get(req, "user_id")
    kb_id = safe_get(req, "kb_id")
    file_ids = [str(x) for x in safe_get(req, "file_ids", [])]
    req.app.ctx.kb_manager.delete_files(user_id, kb_id, file_ids)
    return sanic_json({"code": 200})


async def delete_knowledge_base(req: Request):
    user_id = safe_get(req, "user_id")
    kb_ids = safe_get(req, "kb_ids", [])
    req.app.ctx.kb_manager.delete_knowledge_base(user_id, kb_ids)
    return sanic_json({"code": 200})


async def chat(req: Request):
    return sanic_json({"code": 200, "response": "", "history": safe_get(req, "history", [])})


async def get_qa_info(req: Request):
    user_id = safe_get(req, "user_id")
    time_start = datetime.strptime(safe_get(req, "time_start", "2024-01-01"), "%Y-%m-%d")
    time_end = datetime.strptime(safe_get(req, "time_end", "2099-01-01"), "%Y-%m-%d")
    logs = req.app.ctx.kb_manager.get_qalog(user_id, time_start, time_end)
    return sanic_json({"code": 200, "data": logs})
