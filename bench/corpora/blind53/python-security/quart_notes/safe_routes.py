"""Safe variants of the note routes (same shapes, reviewed)."""
import logging

from markupsafe import escape
from quart import Blueprint, abort, g, jsonify, render_template_string, request, send_file

from . import db
from .config import NOTES_ROOT, Features
from .services import ArchiveJob, ArchiveService

bp = Blueprint("notes_safe", __name__, url_prefix="/v2/notes")
log = logging.getLogger(__name__)


@bp.get("/search")
async def search():
    return jsonify(db.search_notes_bound(g.tenant, g.search))


@bp.get("/sorted")
async def sorted_notes():
    return jsonify(db.list_sorted(g.tenant, g.sort))


@bp.get("/preview")
async def preview():
    title = request.args.get("title") or ""
    html = "<article>"
    html += f"<h1>{escape(title)}</h1>"
    html += "</article>"
    return html, 200, {"Content-Type": "text/html"}


@bp.post("/snippet")
async def snippet():
    form = await request.form
    name = form.get("name", "friend")
    return await render_template_string("Hello {{ name }}", name=name)


@bp.get("/files/<path:name>")
async def download(name):
    base = (NOTES_ROOT / g.tenant).resolve()
    path = (base / name).resolve()
    if not path.is_relative_to(base):
        abort(404)
    return await send_file(path, as_attachment=True)


@bp.post("/archive")
async def archive():
    data = await request.get_json()
    job = ArchiveJob(owner=data["owner"])
    rc = await ArchiveService(job).run_argv()
    return jsonify({"rc": rc})


@bp.post("/archive-legacy")
async def archive_legacy():
    data = await request.get_json()
    owner = data.get("owner", "")
    if not Features.LEGACY_SHELL_EXPORT:
        owner = "nobody"
    job = ArchiveJob(owner=owner)
    return jsonify({"rc": await ArchiveService(job).run_quoted()})


@bp.post("/login-hint")
async def login_hint():
    form = await request.form
    user = form.get("username", "").replace("\r", "").replace("\n", "")
    log.warning("login hint requested for %s", user)
    return jsonify({"sent": True, "label": g.tenant_label})
