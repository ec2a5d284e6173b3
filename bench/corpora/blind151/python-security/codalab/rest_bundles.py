"""Bundle REST routes (Bottle) for the worksheets server."""
import logging

from bottle import abort, get, local, post, request, response

from .bundle_model import BundleModel
from .bundle_store import BundleStore
from .worksheet_render import render_markup_items

log = logging.getLogger(__name__)


def _model():
    return BundleModel(local.engine)


def _store():
    return BundleStore(local.config["bundle_root"])


@get("/rest/bundles")
def _fetch_bundles():
    keywords = request.query.getall("keywords")
    sort_key = request.query.get("sort") or "-id"
    limit = int(request.query.get("limit", 100))
    rows = _model().search_bundles(keywords, sort=sort_key, limit=limit)
    return {"data": rows}


@get("/rest/bundles/<uuid:re:0x[0-9a-f]{32}>")
def _fetch_bundle(uuid):
    return {"data": _model().get_bundle(uuid)}


@get("/rest/bundles/<uuid:re:0x[0-9a-f]{32}>/contents/blob/")
def _fetch_bundle_contents(uuid):
    subpath = request.query.get("path", "")
    response.content_type = "application/octet-stream"
    return _store().read_target(uuid, subpath)


@get("/rest/bundles/<uuid:re:0x[0-9a-f]{32}>/contents/safe/")
def _fetch_bundle_contents_checked(uuid):
    subpath = request.query.get("path", "")
    return _store().read_target_checked(uuid, subpath)


@post("/rest/bundles/<uuid:re:0x[0-9a-f]{32}>/contents/blob/")
def _update_bundle_contents(uuid):
    urls = request.query.get("urls")
    git = request.query.get("git") == "1"
    if not urls:
        abort(400, "urls required")
    store = _store()
    for url in urls.split(","):
        if git:
            store.clone_git(uuid, url)
            store.clone_git_argv(uuid, url)
        else:
            store.upload_from_url(uuid, url)
    log.info("updated contents of %s", uuid)
    return {"data": uuid}


@get("/rest/interpret/worksheet/<uuid:re:0x[0-9a-f]{32}>")
def _render_worksheet(uuid):
    items = _model().get_worksheet_items(uuid)
    response.content_type = "text/html"
    return render_markup_items(items, title=request.query.get("title", ""))
