"""Screenly OSE web server: Bottle routes for the asset API and settings."""
import json
import uuid
from os import path, remove

from bottle import HTTPResponse, request, response, route, static_file

from lib import assets_helper, backup_helper, db, thumbnails
from lib.utils import url_fails, validate_url
from settings import settings

ASSET_FIELDS = ("name", "uri", "start_date", "end_date", "duration", "mimetype", "is_enabled", "nocache", "play_order")


def _inside_assetdir(uri: str) -> bool:
    root = path.realpath(settings["assetdir"])
    return path.commonpath([root, path.realpath(uri)]) == root


def api_response(body, status=200):
    response.content_type = "application/json"
    return HTTPResponse(json.dumps(body, default=str), status=status)


@route("/api/assets", method="POST")
def add_asset():
    asset = json.loads(request.forms.get("model") or request.body.read())
    uri = asset.get("uri", "")
    if not (_inside_assetdir(uri) or validate_url(uri)):
        return api_response({"error": "Invalid URL"}, 400)
    if uri.startswith("http") and url_fails(uri):
        return api_response({"error": "URL not reachable"}, 400)
    asset["asset_id"] = uuid.uuid4().hex
    with db.conn(settings["database"]) as conn:
        assets_helper.create(conn, {k: asset.get(k) for k in ASSET_FIELDS + ("asset_id",)})
    thumbnails.schedule(asset["asset_id"])
    return api_response(asset, 201)


@route("/api/assets/<asset_id:re:[0-9a-f]{32}>", method="PUT")
def edit_asset(asset_id):
    changes = json.loads(request.body.read())
    with db.conn(settings["database"]) as conn:
        assets_helper.update(conn, asset_id, changes)
        return api_response(assets_helper.read(conn, asset_id))


@route("/api/assets/<asset_id:re:[0-9a-f]{32}>", method="DELETE")
def remove_asset(asset_id):
    with db.conn(settings["database"]) as conn:
        asset = assets_helper.read(conn, asset_id)
        if asset and _inside_assetdir(asset["uri"]):
            remove(asset["uri"])
        assets_helper.delete(conn, asset_id)
    return api_response({}, 204)


@route("/api/upload_file", method="POST")
def upload_file():
    upload = request.files.get("file_upload")
    filename = upload.filename
    file_path = path.join(settings["assetdir"], uuid.uuid4().hex + path.splitext(filename)[1])
    upload.save(file_path)
    return api_response({"uri": file_path, "name": filename})


@route("/api/upload_file/keep_name", method="POST")
def upload_file_keep_name():
    upload = request.files.get("file_upload")
    file_path = path.join(settings["assetdir"], upload.raw_filename)
    # expect: path-traversal
    upload.save(file_path, overwrite=True)
    return api_response({"uri": file_path, "name": upload.raw_filename})


@route("/api/backup", method="POST")
def backup():
    filename = backup_helper.create_backup(name=settings["player_name"])
    return static_file(filename, root="static", download=filename)


@route("/api/recover", method="POST")
def recover():
    upload = request.files.get("backup_upload")
    location = path.join("static", uuid.uuid4().hex + ".tar.gz")
    upload.save(location)
    backup_helper.recover(location)
    return api_response("Recovery successful.")


@route("/static_with_mime/<filepath:path>")
def static_with_mime(filepath):
    mimetype = request.query.get("mime", "auto")
    return static_file(filepath, root="static", mimetype=mimetype)
