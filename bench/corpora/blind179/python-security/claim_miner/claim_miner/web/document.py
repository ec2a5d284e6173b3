"""Document routes: upload a file, add a URL, read a stored document back."""
import hashlib
import os

from quart import Response, abort, flash, redirect, render_template, request, send_file, url_for
from quart_auth import current_user, login_required
from sqlalchemy import select
from werkzeug.utils import secure_filename

from .. import Session, config
from ..app import app
from ..models import Collection, Document, Prompt
from ..task_queue import enqueue

UPLOAD_DIR = config.get("base", "upload_dir", fallback="/var/lib/claim_miner/uploads")
ALLOWED_MIME = {"application/pdf", "text/html", "text/plain", "text/markdown"}


@app.route("/c/<collection>/document", methods=["POST"])
@login_required
async def add_document(collection):
    form = await request.form
    files = await request.files
    async with Session() as session:
        coll = await session.scalar(select(Collection).where(Collection.name == collection))
        if coll is None:
            abort(404)
        upload = files.get("file")
        if upload is not None and upload.filename:
            if upload.mimetype not in ALLOWED_MIME:
                await flash("Unsupported file type")
                return redirect(url_for("list_documents", collection=collection))
            data = upload.read()
            digest = hashlib.sha256(data).hexdigest()
            path = os.path.join(UPLOAD_DIR, digest + "_" + secure_filename(upload.filename))
            with open(path, "wb") as fh:
                fh.write(data)
            doc = Document(collection_id=coll.id, mimetype=upload.mimetype, file_path=path, added_by=current_user.auth_id)
        else:
            url = form.get("url", "").strip()
            if not url:
                abort(400)
            doc = Document(collection_id=coll.id, url=url, added_by=current_user.auth_id)
        session.add(doc)
        await session.commit()
    await enqueue("fetch_document" if doc.url else "process_document", target_id=doc.id)
    return redirect(url_for("show_document", collection=collection, doc_id=doc.id))


@app.route("/c/<collection>/document/<int:doc_id>/raw")
@login_required
async def raw_document(collection, doc_id):
    """The stored bytes, never rendered inline as HTML."""
    async with Session() as session:
        doc = await session.get(Document, doc_id)
    if doc is None or doc.file_path is None:
        abort(404)
    if doc.mimetype == "application/pdf":
        return await send_file(doc.file_path, mimetype="application/pdf")
    with open(doc.file_path, "rb") as fh:
        body = fh.read()
    return Response(body, content_type="text/plain; charset=utf-8",
                    headers={"Content-Disposition": "attachment"})


@app.route("/prompt/<int:prompt_id>", methods=["POST"])
@login_required
async def edit_prompt(prompt_id):
    """Editors keep the claim-extraction prompt templates up to date."""
    form = await request.form
    async with Session() as session:
        prompt = await session.get(Prompt, prompt_id)
        if prompt is None:
            abort(404)
        prompt.template = form["template"]
        prompt.model = form.get("model", prompt.model)
        await session.commit()
    return redirect(url_for("show_prompt", prompt_id=prompt_id))
