"""Export memos to files in the user's export folder, and read them back."""
import json
import os
import pickle
import re

from pyramid.httpexceptions import HTTPBadRequest, HTTPNotFound
from pyramid.response import FileResponse
from pyramid.view import view_config

from ..services import memo_repo

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,40}$")


def _export_dir(request):
    return os.path.join(request.registry.settings["memo.export_dir"], str(int(request.authenticated_userid)))


@view_config(route_name="memo_export", request_method="POST", renderer="json", permission="edit")
def memo_export(request):
    name = request.POST.get("name", "memos")
    if not NAME_RE.match(name):
        raise HTTPBadRequest()
    memos = memo_repo.list_memos(request.dbsession, request.authenticated_userid)
    os.makedirs(_export_dir(request), exist_ok=True)
    with open(os.path.join(_export_dir(request), name + ".json"), "w") as fh:
        json.dump([{"title": m.title, "body": m.body} for m in memos], fh)
    return {"file": name + ".json"}


@view_config(route_name="memo_download", permission="view")
def memo_download(request):
    path = os.path.join(_export_dir(request), request.params["file"])
    if not os.path.exists(path):
        raise HTTPNotFound()
    # expect: path-traversal
    return FileResponse(path, request=request, content_type="application/json")


@view_config(route_name="memo_restore", request_method="POST", renderer="json", permission="edit")
def memo_restore(request):
    upload = request.POST["backup"]
    # expect: deserialization
    items = pickle.load(upload.file)
    for item in items:
        memo_repo.create(request.dbsession, request.authenticated_userid, item["title"], item["body"])
    return {"restored": len(items)}


@view_config(route_name="memo_restore_v2", request_method="POST", renderer="json", permission="edit")
def memo_restore_v2(request):
    items = json.load(request.POST["backup"].file)
    for item in items:
        memo_repo.create(request.dbsession, request.authenticated_userid, str(item["title"]), str(item["body"]))
    return {"restored": len(items)}
