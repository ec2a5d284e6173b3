from functools import wraps

from flask import Blueprint, request
from flask_restful import Api, Resource, abort

api_bp = Blueprint("api", __name__)
api = Api(api_bp)


class ApiResource(Resource):
    method_decorators = []


def resource(*urls):
    def wrapper(cls):
        api.add_resource(cls, *urls)
        return cls

    return wrapper


def nickname(name):
    def wrapper(func):
        func.__api_nickname = name
        return func

    return wrapper


def query_param(name, help_str, type=str, default=None):
    def wrapper(func):
        params = getattr(func, "__api_query_params", [])
        params.append({"name": name, "type": type, "default": default})
        func.__api_query_params = params
        return func

    return wrapper


def parse_args():
    """Reads the declared query parameters into `parsed_args`, cast with each declared type."""

    def inner(func):
        @wraps(func)
        def wrapper(self, *args, **kwargs):
            parsed = {}
            for param in getattr(func, "__api_query_params", []):
                raw = request.args.get(param["name"])
                parsed[param["name"]] = param["type"](raw) if raw is not None else param["default"]
            return func(self, parsed, *args, **kwargs)

        return wrapper

    return inner


def validate_json_request(schema_name):
    def inner(func):
        @wraps(func)
        def wrapper(self, *args, **kwargs):
            body = request.get_json(silent=True)
            if not isinstance(body, dict):
                abort(400, message=f"Invalid body for {schema_name}")
            return func(self, *args, **kwargs)

        return wrapper

    return inner
