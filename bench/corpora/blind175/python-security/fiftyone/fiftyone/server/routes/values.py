"""Distinct values of a field, optionally filtered by a Python expression."""
import ast

from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse

import fiftyone.core.dataset as fod
from fiftyone import ViewField as F


def _literal_bounds(value):
    """Range filters arrive as '[low, high]'."""
    bounds = ast.literal_eval(value)
    if not (isinstance(bounds, (list, tuple)) and len(bounds) == 2):
        raise ValueError("bounds")
    return float(bounds[0]), float(bounds[1])


class Values(HTTPEndpoint):
    async def post(self, request: Request):
        data = await request.json()
        dataset = fod.load_dataset(data["dataset"])
        path = data["path"]
        if path not in dataset.get_field_schema(flat=True):
            return JSONResponse({"error": "unknown field"}, status_code=400)
        view = dataset.view()
        if "range" in data:
            low, high = _literal_bounds(data["range"])
            view = view.match((F(path) >= low) & (F(path) <= high))
        if data.get("expr"):
            # expect: code-injection
            expression = eval(data["expr"], {"F": F})
            view = view.match(expression)
        return JSONResponse({"values": view.distinct(path)[:200]})
