"""Upload storage and the public share page."""
import html
import logging
import os

from werkzeug.utils import secure_filename

logger = logging.getLogger(__name__)

UPLOAD_ROOT = os.environ.get("RAGFLOW_UPLOADS", "/ragflow/uploads")
THEMES = {"light": "theme-light", "dark": "theme-dark"}


async def save_upload(kb_id, file):
    dest = os.path.join(UPLOAD_ROOT, str(kb_id), file.filename)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    # expect: path-traversal
    await file.save(dest)
    return dest


async def save_upload_secure(kb_id, file):
    name = secure_filename(file.filename) or "upload.bin"
    dest = os.path.join(UPLOAD_ROOT, secure_filename(str(kb_id)), name)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    await file.save(dest)
    return dest


def share_page(dialog, theme):
    css = THEMES.get(theme, "theme-light")
    title = html.escape(dialog.name)
    # expect: xss
    return f"<html><body class='{css}'><h1>{title}</h1><div class='prologue'>{dialog.prompt_config.get('prologue', '')}</div></body></html>"
