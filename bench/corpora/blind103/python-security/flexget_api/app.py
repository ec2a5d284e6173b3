from functools import wraps

from flask import Flask, request
from flask_restx import Api, Resource

api_app = Flask(__name__)
api = Api(api_app, prefix="/api")


def with_session(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        from .db import Session
        session = Session()
        try:
            kwargs.setdefault("session", session)
            return func(*args, **kwargs)
        finally:
            session.close()
    return wrapper


class APIResource(Resource):
    method_decorators = [with_session]

    def __init__(self, api, *args, **kwargs):
        from .manager import manager
        self.manager = manager
        super().__init__(api, *args, **kwargs)


def validated_json():
    data = request.get_json(silent=True) or {}
    if not isinstance(data, dict):
        data = {}
    return data
