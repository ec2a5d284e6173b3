"""Document endpoints of the RAG server (Quart blueprint)."""
import logging

from quart import Blueprint, Response, request
from quart_auth import current_user, login_required

from .crawler import html2pdf, html2pdf_allowed
from .document_service import DocumentService
from .file_utils import save_upload, save_upload_secure, share_page

manager = Blueprint("document", __name__)
logger = logging.getLogger(__name__)


def get_json_result(data=None, code=0, message="success"):
    return {"code": code, "message": message, "data": data}


@manager.route("/list", methods=["GET"])
@login_required
async def list_docs():
    kb_id = request.args.get("kb_id")
    keywords = request.args.get("keywords", "")
    page = int(request.args.get("page", 1))
    size = int(request.args.get("page_size", 15))
    orderby = request.args.get("orderby", "create_time")
    docs, total = DocumentService.get_by_kb_id(kb_id, page, size, orderby, keywords)
    return get_json_result({"total": total, "docs": docs})


@manager.route("/web_crawl", methods=["POST"])
@login_required
async def web_crawl():
    form = await request.form
    kb_id = form.get("kb_id")
    url = form.get("url")
    if not url:
        return get_json_result(code=101, message="url required")
    blob = await html2pdf(url) if form.get("mode") != "trusted" else await html2pdf_allowed(url)
    doc = DocumentService.insert(kb_id=kb_id, name=form.get("name", "page") + ".pdf", blob=blob)
    return get_json_result(doc)


@manager.route("/upload", methods=["POST"])
@login_required
async def upload():
    files = await request.files
    kb_id = (await request.form).get("kb_id")
    saved = []
    for file in files.getlist("file"):
        if request.args.get("strict") == "1":
            saved.append(await save_upload_secure(kb_id, file))
        else:
            saved.append(await save_upload(kb_id, file))
    return get_json_result(saved)


@manager.route("/share/<dialog_id>", methods=["GET"])
async def share(dialog_id):
    dialog = DocumentService.get_dialog(dialog_id)
    theme = request.args.get("theme", "light")
    return Response(share_page(dialog, theme), mimetype="text/html")


@manager.route("/mine", methods=["GET"])
@login_required
async def my_docs():
    return get_json_result(DocumentService.list_for_tenant(current_user.auth_id))


@manager.route("/dialog/set", methods=["POST"])
@login_required
async def set_dialog():
    req = await request.get_json()
    dialog_id = DocumentService.set_dialog(
        req.get("dialog_id"), name=req.get("name", "New Dialog"), prologue=req.get("prologue", "")
    )
    return get_json_result({"dialog_id": dialog_id})
