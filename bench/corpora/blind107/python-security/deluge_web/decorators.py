"""@export marks methods the JSON-RPC dispatcher may call, at the logged-in auth level."""
AUTH_LEVEL_DEFAULT = 5


def export(func=None, auth_level=AUTH_LEVEL_DEFAULT):
    def wrap(f):
        f._json_export = True
        f._json_auth_level = auth_level
        return f
    if func is None:
        return wrap
    return wrap(func)
