"""GET /json/messages with a narrow."""
from sqlalchemy import column, select, table

from zerver.lib.db import get_sqlalchemy_connection
from zerver.lib.narrow import NarrowBuilder
from zerver.lib.request import REQ, check_dict_only, check_list, has_request_variables, to_non_negative_int
from zerver.lib.response import json_success

MAX_MESSAGES_PER_FETCH = 5000


@has_request_variables
def get_messages_backend(
    request,
    narrow=REQ(json_validator=check_list(check_dict_only), default=[]),
    num_before=REQ(converter=to_non_negative_int, default=50),
    use_first_unread_anchor=REQ(default="false"),
):
    num_before = min(num_before, MAX_MESSAGES_PER_FETCH)
    query = select(column("id"), column("content")).select_from(table("zerver_message")).limit(num_before)
    builder = NarrowBuilder(request.user, column("id"))
    for term in narrow:
        query = builder.add_term(query, term)
    with get_sqlalchemy_connection() as sa_conn:
        rows = sa_conn.execute(query).fetchall()
    return json_success(request, {"messages": [dict(r._mapping) for r in rows], "anchor_first_unread": use_first_unread_anchor == "true"})
