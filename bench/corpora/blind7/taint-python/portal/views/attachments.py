from flask import Blueprint, abort, request

from portal.helpers.files import attachment_size, clean_name, read_attachment, read_checked
from portal.helpers.params import get_param

bp = Blueprint("attachments", __name__)


@bp.get("/attachments/raw")
def raw():
    name = get_param(request, "name")
    if not name:
        abort(400)
    return read_attachment(name), 200, {"Content-Type": "application/octet-stream"}


@bp.get("/attachments/checked")
def checked():
    try:
        return read_checked(get_param(request, "name")), 200, {"Content-Type": "application/octet-stream"}
    except ValueError:
        abort(400)


@bp.get("/attachments/clean")
def clean():
    try:
        name = clean_name(request.args.get("name", ""))
    except ValueError:
        abort(400)
    return read_attachment(name), 200, {"Content-Type": "application/octet-stream"}


@bp.get("/attachments/size")
def size():
    return {"size": attachment_size(request.args.get("name", ""))}


@bp.get("/attachments/legacy")
def legacy():
    name = request.args.get("n", "")
    if ".." in name or name.startswith("/"):
        return "nope", 400
    return read_attachment(name), 200, {"Content-Type": "application/octet-stream"}


@bp.get("/attachments/fallback")
def fallback():
    name = request.args.get("n")
    if name is None:
        return read_attachment("default.bin")
    return read_attachment(name)
