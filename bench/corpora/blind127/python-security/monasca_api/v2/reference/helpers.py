"""Request helpers in the shape of monasca_api.v2.reference.helpers."""
import json

import falcon


def read_json_msg_body(req):
    try:
        return json.loads(req.stream.read().decode("utf-8"))
    except ValueError:
        raise falcon.HTTPBadRequest(title="Bad request", description="Request body is not valid JSON")


def get_query_param(req, name, default_val=None):
    value = req.get_param(name)
    return value if value is not None else default_val


def validate_authorization(req, roles):
    if not set(req.get_header("X-Roles", default="").split(",")) & set(roles):
        raise falcon.HTTPForbidden(title="Forbidden", description="role required")
