from urllib.parse import urlsplit, urlunsplit

from flask import Blueprint, redirect, request, url_for

from querydash.handlers.data_sources import (
    DataSourceTestResource,
    TableColumnsResource,
    TableSampleResource,
)
from querydash.handlers.query_results import QueryResultExportResource

routes = Blueprint("querydash", __name__)


def register_resources(api):
    api.add_resource(TableColumnsResource, "/api/data_sources/<int:data_source_id>/columns")
    api.add_resource(TableSampleResource, "/api/data_sources/<int:data_source_id>/sample")
    api.add_resource(DataSourceTestResource, "/api/data_sources/<int:data_source_id>/test")
    api.add_resource(QueryResultExportResource, "/api/queries/<int:query_id>/results.<filetype>")


def get_next_path(unsafe_next_path):
    """Keeps only the path, query and fragment of a user-given next URL."""
    if not unsafe_next_path:
        return ""
    parts = list(urlsplit(unsafe_next_path))
    parts[0] = ""
    parts[1] = ""
    safe_next_path = urlunsplit(parts)
    if safe_next_path.startswith(("//", "/\\")) or "\\" in safe_next_path:
        return ""
    if not safe_next_path.startswith("/"):
        safe_next_path = "/" + safe_next_path
    return safe_next_path


@routes.route("/login/complete")
def login_complete():
    next_path = request.args.get("next", url_for("querydash.index"))
    return redirect(get_next_path(next_path) or url_for("querydash.index"))


@routes.route("/embed/return")
def embed_return():
    return_url = request.args.get("return_url") or url_for("querydash.index")
    # expect: open-redirect
    return redirect(return_url)


@routes.route("/")
def index():
    return "querydash"
