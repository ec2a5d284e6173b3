"""Request parameter helpers shared by the views in this package."""


def get_param(req, name, default=""):
    return req.args.get(name, default)


def get_json_field(req, name):
    payload = req.get_json(silent=True) or {}
    value = payload.get(name)
    return value if isinstance(value, str) else ""
