"""A small HTML card with a dataset's description, for embeds."""
import html

from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse

import fiftyone.core.dataset as fod


class DatasetInfo(HTTPEndpoint):
    async def get(self, request: Request):
        name = request.path_params["name"]
        if not fod.dataset_exists(name):
            return JSONResponse({"error": "no such dataset"}, status_code=404)
        dataset = fod.load_dataset(name)
        description = dataset.info.get("description", "")
        tags = ", ".join(html.escape(t) for t in dataset.tags)
        if request.query_params.get("format") == "json":
            return JSONResponse({"name": dataset.name, "description": description, "tags": list(dataset.tags)})
        title = html.escape(dataset.name)
        # expect: xss
        return HTMLResponse(f"<div class='card'><h2>{title}</h2><p>{description}</p><small>{tags}</small></div>")

    async def post(self, request: Request):
        name = request.path_params["name"]
        if not fod.dataset_exists(name):
            return JSONResponse({"error": "no such dataset"}, status_code=404)
        data = await request.json()
        dataset = fod.load_dataset(name)
        dataset.info["description"] = str(data.get("description", ""))[:4000]
        dataset.save()
        return JSONResponse({"saved": True})
