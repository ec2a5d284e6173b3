"""Helpers shared by the falcon resources."""
import json

import falcon


def json_body(req):
    raw = req.stream.read(req.content_length or 0)
    if not raw:
        return {}
    try:
        return json.loads(raw.decode("utf-8"))
    except ValueError:
        raise falcon.HTTPBadRequest(title="Bad request", description="Request body is not JSON")


def paging(req):
    return int(req.get_param("offset") or 0), min(int(req.get_param("limit") or 10), 100)
