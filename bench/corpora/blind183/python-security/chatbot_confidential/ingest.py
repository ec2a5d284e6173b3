"""Store uploaded documents and attachments on disk before indexing (``backend_sanic/ingest.py``)."""
import hashlib
import os
import uuid

import aiofiles

from .index import index_document

ALLOWED_SUFFIXES = {".pdf", ".txt", ".md", ".docx"}


async def save_document(upload_dir: str, uploaded) -> str:
    suffix = os.path.splitext(uploaded.name)[1].lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise ValueError(f"unsupported file type {suffix}")
    doc_id = hashlib.sha256(uploaded.body).hexdigest()[:32]
    path = os.path.join(upload_dir, "documents", doc_id + suffix)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    async with aiofiles.open(path, "wb") as f:
        await f.write(uploaded.body)
    await index_document(doc_id, path)
    return doc_id


def save_attachment(upload_dir: str, cid: int, uploaded) -> str:
    """Attachments keep their original name so the chat can show it."""
    folder = os.path.join(upload_dir, "conversations", str(cid))
    os.makedirs(folder, exist_ok=True)
    # expect: path-traversal
    with open(os.path.join(folder, uploaded.name), "wb") as f:
        f.write(uploaded.body)
    return uploaded.name


def attachment_path(upload_dir: str, cid: int, name: str) -> str | None:
    folder = os.path.realpath(os.path.join(upload_dir, "conversations", str(cid)))
    candidate = os.path.realpath(os.path.join(folder, name))
    if os.path.commonpath([folder, candidate]) != folder or not os.path.isfile(candidate):
        return None
    return candidate


def scratch_name() -> str:
    return uuid.uuid4().hex
