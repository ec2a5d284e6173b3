"""Request argument helpers for the API."""
import functools

from flask import abort, request
from sqlalchemy import text

SEARCHABLE_FIELDS = ("name", "category")


def validate_args(spec):
    def decorator(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            parsed = {}
            for key, kind in spec.items():
                value = request.args.get(key)
                if value is not None:
                    try:
                        parsed[key] = kind(value)
                    except ValueError:
                        abort(400)
            return f(parsed, *args, **kwargs)

        return wrapper

    return decorator


def build_model_filters(model, query, field):
    if not query or not field:
        return []
    if field not in SEARCHABLE_FIELDS:
        abort(400)
    return [text("%s LIKE :q" % field).bindparams(q=f"%{query}%")]
