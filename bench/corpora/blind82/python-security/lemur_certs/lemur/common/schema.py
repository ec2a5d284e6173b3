from functools import wraps

from flask import request
from marshmallow import ValidationError


def validate_schema(input_schema, output_schema):
    def decorator(f):
        @wraps(f)
        def decorated_function(*args, **kwargs):
            if input_schema:
                payload = request.get_json(silent=True) if request.method != "GET" else request.args.to_dict()
                try:
                    kwargs["data"] = input_schema.load(payload or {})
                except ValidationError as err:
                    return {"reasons": err.messages}, 400
            resp = f(*args, **kwargs)
            return output_schema.dump(resp) if output_schema else resp

        return decorated_function

    return decorator
