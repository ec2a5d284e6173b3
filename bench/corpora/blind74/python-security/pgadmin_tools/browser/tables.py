"""Browser tree: tables node."""
from flask import Blueprint, current_app, request

from ..utils.ajax import bad_request, internal_server_error, make_json_response
from ..utils.driver import connection_for

blueprint = Blueprint("NODE-table", __name__, url_prefix="/browser/table")


def _conn(sid):
    return connection_for(sid, current_app.config["SERVER_DSN_TEMPLATE"])


@blueprint.route("/nodes/<int:sid>/<int:did>/<int:scid>/", methods=["GET"], endpoint="nodes")
def nodes(sid, did, scid):
    search = request.args.get("search", "")
    sql = "SELECT c.oid, c.relname AS name FROM pg_catalog.pg_class c WHERE c.relkind IN ('r','p') "
    sql += "AND c.relnamespace = %d " % scid
    if search:
        sql += "AND c.relname ILIKE '%%" + search + "%%' "
    sql += "ORDER BY c.relname"
    status, res = _conn(sid).execute_dict(sql)
    if not status:
        return internal_server_error(errormsg=res)
    return make_json_response(data=res["rows"])


@blueprint.route("/nodes-bound/<int:sid>/<int:did>/<int:scid>/", methods=["GET"], endpoint="nodes_bound")
def nodes_bound(sid, did, scid):
    search = request.args.get("search", "")
    sql = (
        "SELECT c.oid, c.relname AS name FROM pg_catalog.pg_class c "
        "WHERE c.relkind IN ('r','p') AND c.relnamespace = %(scid)s AND c.relname ILIKE %(pattern)s ORDER BY c.relname"
    )
    status, res = _conn(sid).execute_dict(sql, {"scid": scid, "pattern": f"%{search}%"})
    if not status:
        return internal_server_error(errormsg=res)
    return make_json_response(data=res["rows"])


@blueprint.route("/count/<int:sid>/<int:tid>/", methods=["GET"], endpoint="count_rows")
def count_rows(sid, tid):
    limit = request.args.get("limit", "1000")
    try:
        limit = int(limit)
    except ValueError:
        return bad_request("limit must be an integer")
    status, count = _conn(sid).execute_scalar(f"SELECT count(*) FROM (SELECT 1 FROM pg_class WHERE oid = {tid} LIMIT {limit}) t")
    return make_json_response(data={"count": count})
