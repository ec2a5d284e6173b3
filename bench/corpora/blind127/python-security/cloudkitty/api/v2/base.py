"""BaseResource (Flask-RESTful) with voluptuous input schemas, as cloudkitty.api.v2.base/utils."""
import functools

import flask
import flask_restful
import voluptuous


class BaseResource(flask_restful.Resource):
    @classmethod
    def reload(cls):
        from cloudkitty.storage import get_storage
        cls._storage = get_storage()


def add_input_schema(location, schema):
    validator = voluptuous.Schema(schema, extra=voluptuous.PREVENT_EXTRA)

    def decorator(func):
        @functools.wraps(func)
        def handler(*args, **kwargs):
            source = flask.request.args.to_dict() if location == "query" else (flask.request.get_json() or {})
            kwargs.update(validator(source))
            return func(*args, **kwargs)
        return handler
    return decorator
