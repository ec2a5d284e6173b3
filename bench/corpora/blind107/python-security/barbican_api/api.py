"""Request helpers in the manner of barbican.api: load and validate the JSON body."""
import json

import pecan


def load_body(req, validator=None):
    try:
        parsed = json.loads(req.body.decode("utf-8"))
    except ValueError:
        pecan.abort(400, "Malformed JSON")
    if validator is not None:
        parsed = validator.validate(parsed)
    return parsed


def query_value(name, default=None):
    return pecan.request.GET.get(name, default)
