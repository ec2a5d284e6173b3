import functools

from werkzeug.exceptions import Forbidden


def require_active_login(controller):
    @functools.wraps(controller)
    def wrapper(request, *args, **kwargs):
        if not request.user or not request.user.has_privilege("active"):
            raise Forbidden()
        return controller(request, *args, **kwargs)
    return wrapper


def get_user_media_entry(controller):
    @functools.wraps(controller)
    def wrapper(request, *args, **kwargs):
        slug = request.matchdict["media"]
        request.media_slug = slug
        return controller(request, *args, **kwargs)
    return wrapper
