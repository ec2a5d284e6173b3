"""Serves the built frontend and uploaded todo attachments."""
import os
from pathlib import Path

from quart import Blueprint, ResponseReturnValue, abort, current_app, g, send_file, send_from_directory
from quart_auth import current_user, login_required

from backend.models.attachment import select_attachment

blueprint = Blueprint("serving", __name__)

ATTACHMENTS_DIR = Path(os.environ.get("TOZO_ATTACHMENTS_DIR", "/srv/tozo/attachments"))


@blueprint.get("/")
@blueprint.get("/<path:path>")
async def index(path: str = "index.html") -> ResponseReturnValue:
    static_folder = Path(current_app.static_folder)
    if (static_folder / path).resolve().is_relative_to(static_folder.resolve()) and (static_folder / path).is_file():
        return await send_from_directory(static_folder, path)
    return await send_from_directory(static_folder, "index.html")


@blueprint.get("/attachments/<int:attachment_id>/")
@login_required
async def get_attachment(attachment_id: int) -> ResponseReturnValue:
    attachment = await select_attachment(g.connection, attachment_id, int(current_user.auth_id))
    if attachment is None:
        abort(404)
    return await send_file(ATTACHMENTS_DIR / attachment.stored_name, attachment_filename=attachment.filename)


@blueprint.get("/attachments/by-name/<path:filename>")
@login_required
async def get_attachment_by_name(filename: str) -> ResponseReturnValue:
    member_dir = ATTACHMENTS_DIR / str(int(current_user.auth_id))
    path = member_dir / filename
    if not path.is_file():
        abort(404)
    # expect: path-traversal
    return await send_file(path)
