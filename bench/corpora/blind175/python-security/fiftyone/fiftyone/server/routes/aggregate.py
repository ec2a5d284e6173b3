"""Aggregations requested by the sidebar."""
from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse

import fiftyone.core.aggregations as foa
import fiftyone.core.dataset as fod

AGGREGATIONS = {
    "count": foa.Count,
    "count_values": foa.CountValues,
    "bounds": foa.Bounds,
    "distinct": foa.Distinct,
    "mean": foa.Mean,
}


class Aggregate(HTTPEndpoint):
    async def post(self, request: Request):
        data = await request.json()
        if not fod.dataset_exists(data.get("dataset", "")):
            return JSONResponse({"error": "no such dataset"}, status_code=404)
        dataset = fod.load_dataset(data["dataset"])
        schema = dataset.get_field_schema(flat=True)
        results = {}
        for item in data.get("aggregations", [])[:50]:
            cls = AGGREGATIONS.get(item.get("_cls"))
            field = item.get("field")
            if cls is None or field not in schema:
                continue
            results[f"{item['_cls']}:{field}"] = dataset.aggregate(cls(field))
        return JSONResponse(results)
