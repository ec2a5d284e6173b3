from tg import abort, request


def require_access(obj, permission):
    user = getattr(request, "user", None)
    if user is None or not obj.has_access(user, permission):
        abort(403)
