"""Note routes. The request hooks in middleware.py fill ``g``."""
import logging

from quart import Blueprint, abort, g, jsonify, render_template_string, request, send_file

from . import db
from .config import NOTES_ROOT
from .services import ArchiveJob, ArchiveService

bp = Blueprint("notes", __name__, url_prefix="/notes")
log = logging.getLogger(__name__)


@bp.get("/search")
async def search():
    notes = db.search_notes(g.tenant, g.search)
    return jsonify(notes)


@bp.get("/preview")
async def preview():
    title = request.args.get("title")
    if not title:
        title = ""
    html = "<article>"
    html += f"<h1>{title}</h1>"
    html += "<p>Preview only</p></article>"
    # expect: xss
    return html, 200, {"Content-Type": "text/html"}


@bp.post("/snippet")
async def snippet():
    form = await request.form
    body = form.get("body", "Hello {{ user }}")
    # expect: template-injection
    return await render_template_string(body, user=g.tenant)


@bp.get("/files/<path:name>")
async def download(name):
    path = NOTES_ROOT / g.tenant / name
    # expect: path-traversal
    return await send_file(path, as_attachment=True)


@bp.post("/archive")
async def archive():
    data = await request.get_json()
    job = ArchiveJob(owner=data["owner"], label="export")
    rc = await ArchiveService(job).run()
    if rc != 0:
        abort(500)
    return jsonify({"status": "queued", "label": job.label})


@bp.post("/login-hint")
async def login_hint():
    form = await request.form
    user = form.get("username", "")
    # expect: log-injection
    log.warning(f"login hint requested for {user}")
    return jsonify({"sent": True})
