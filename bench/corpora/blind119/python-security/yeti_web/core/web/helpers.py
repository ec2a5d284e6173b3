"""Web helpers: permissions decorator and mongo queryset builder."""
import functools

from flask import abort
from flask_login import current_user


def requires_permissions(action, object_type):
    def decorator(func):
        @functools.wraps(func)
        def inner(*args, **kwargs):
            if not current_user.has_permission(object_type, action):
                abort(401)
            return func(*args, **kwargs)
        return inner
    return decorator


def get_queryset(model, filters, page):
    clean = {f"{k}__icontains": str(v) for k, v in filters.items() if k in ("value", "tags__name")}
    return [o.to_dict() for o in model.objects(**clean).skip((page - 1) * 50).limit(50)]
