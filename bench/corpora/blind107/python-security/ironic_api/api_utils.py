import json

import pecan

ALLOWED_FIELDS = {"name", "driver", "driver_info", "instance_info", "resource_class", "properties"}


def args_from_body(request):
    try:
        return json.loads(request.body or b"{}")
    except ValueError:
        pecan.abort(400, "bad body")


def check_allowed_fields(node):
    extra = set(node) - ALLOWED_FIELDS
    if extra:
        pecan.abort(400, "unknown fields: %s" % ", ".join(sorted(extra)))


def get_rpc_node(node_ident):
    from .objects import Node
    node = Node.get(node_ident)
    if node is None:
        pecan.abort(404)
    return node
