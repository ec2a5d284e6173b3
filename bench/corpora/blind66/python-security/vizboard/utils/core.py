"""Reading chart form data from the request."""
import json

from flask import request


def get_form_data():
    form_data = {}
    raw = request.form.get("form_data") or request.args.get("form_data")
    if raw:
        try:
            form_data = json.loads(raw)
        except json.JSONDecodeError:
            form_data = {}
    slice_id = request.args.get("slice_id")
    if slice_id:
        try:
            form_data["slice_id"] = int(slice_id)
        except ValueError:
            form_data["slice_id"] = None
    return form_data
