"""enforce() in the shape of vitrage.api.policy."""
from pecan.core import abort


def enforce(rule, headers, enforcer, target):
    creds = {"roles": headers.get("X-Roles", "").split(","), "project_id": headers.get("X-Project-Id")}
    if not enforcer.enforce(rule, target, creds):
        abort(403)
