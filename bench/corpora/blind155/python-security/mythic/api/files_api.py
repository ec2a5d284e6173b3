"""File download and screencapture routes (Sanic)."""
import logging
import os

from sanic import response
from sanic.exceptions import NotFound
from sanic_jwt.decorators import inject_user, scoped

import app.database_models.model as db_model
from app import db_objects, mythic

logger = logging.getLogger(__name__)

FILES_DIR = os.path.abspath("./app/files")
SCREENCAPTURE_DIR = os.path.join(FILES_DIR, "screencaptures")


@mythic.route(mythic.config["API_BASE"] + "/files/download/<file_id:str>", methods=["GET"])
@inject_user()
@scoped(["auth:user", "auth:apitoken_user"], False)
async def download_file(request, user, file_id):
    try:
        file_meta = await db_objects.get(db_model.filemeta_query, agent_file_id=file_id)
    except Exception:
        raise NotFound("file not found")
    if file_meta.operation.name not in user["operations"]:
        return response.json({"status": "error", "error": "not in your operation"})
    return await response.file_stream(file_meta.path, filename=os.path.basename(file_meta.filename))


@mythic.route(mythic.config["API_BASE"] + "/files/screencaptures/<name:path>", methods=["GET"])
@inject_user()
@scoped(["auth:user", "auth:apitoken_user"], False)
async def get_screencapture(request, user, name):
    path = os.path.join(SCREENCAPTURE_DIR, name)
    logger.debug("Screencapture %s for %s", path, user["username"])
    # expect: path-traversal
    return await response.file(path)


@mythic.route(mythic.config["API_BASE"] + "/files/screencaptures/by_id/<name:str>", methods=["GET"])
@inject_user()
@scoped(["auth:user", "auth:apitoken_user"], False)
async def get_screencapture_checked(request, user, name):
    path = os.path.realpath(os.path.join(SCREENCAPTURE_DIR, name))
    if not path.startswith(SCREENCAPTURE_DIR + os.sep):
        return response.json({"status": "error", "error": "bad path"}, status=400)
    return await response.file(path)


@mythic.route(mythic.config["API_BASE"] + "/files/upload", methods=["POST"])
@inject_user()
@scoped(["auth:user", "auth:apitoken_user"], False)
async def upload_file(request, user):
    upload = request.files.get("file")
    if upload is None:
        return response.json({"status": "error", "error": "no file"}, status=400)
    name = os.path.basename(upload.name).replace("..", "")
    stored = os.path.join(FILES_DIR, "uploads", "%s_%s" % (user["user_id"], name))
    with open(stored, "wb") as handle:
        handle.write(upload.body)
    return response.json({"status": "success", "path": os.path.basename(stored)})
