"""Functions exposed to the RPC endpoint for table records."""
from modernrpc.core import REQUEST_KEY, rpc_method
from modernrpc.auth.basic import http_basic_auth_login_required

from ..db import records as db_records
from ..utils.summaries import render_summary, render_summary_sandboxed
from .exceptions import handle_rpc_exceptions
from .utils import connect


@rpc_method(name="records.list")
@http_basic_auth_login_required
@handle_rpc_exceptions
def list_(*, table, schema, database_id, limit=None, offset=None, order=None, **kwargs):
    user = kwargs.get(REQUEST_KEY).user
    with connect(database_id, user) as conn:
        if kwargs.get("checked"):
            rows = db_records.list_records_checked(conn, schema, table, limit, offset, order)
        else:
            rows = db_records.list_records_from_table(conn, schema, table, limit, offset, order)
    return {"count": len(rows), "results": rows}


@rpc_method(name="records.summarize")
@http_basic_auth_login_required
@handle_rpc_exceptions
def summarize(*, record, template, sandboxed=True, **kwargs):
    if sandboxed:
        return render_summary_sandboxed(template, record)
    return render_summary(template, record)
