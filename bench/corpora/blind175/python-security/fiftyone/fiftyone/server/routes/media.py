"""Media routes: stream the image or video behind a sample."""
import os

from bson import ObjectId
from bson.errors import InvalidId
from starlette.endpoints import HTTPEndpoint
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse

import fiftyone.core.dataset as fod
from fiftyone.core.cache import media_cache


class Media(HTTPEndpoint):
    """The client asks for media by path, as stored on its samples."""

    async def get(self, request: Request):
        path = request.query_params["filepath"]
        if media_cache.is_local(path) and os.name != "nt":
            path = os.path.join("/", path)
        if media_cache.is_local_or_cached(path):
            path = media_cache.get_local_path(path)
        # expect: path-traversal
        return FileResponse(path, headers={"Accept-Ranges": "bytes"})


class SampleMedia(HTTPEndpoint):
    """Newer clients ask by sample id; the path comes from the database."""

    async def get(self, request: Request):
        dataset_name = request.query_params.get("dataset", "")
        try:
            sample_id = ObjectId(request.path_params["sample_id"])
        except InvalidId:
            raise HTTPException(status_code=400, detail="bad sample id")
        if not fod.dataset_exists(dataset_name):
            raise HTTPException(status_code=404)
        dataset = fod.load_dataset(dataset_name)
        sample = dataset[str(sample_id)]
        path = media_cache.get_local_path(sample.filepath)
        return FileResponse(path, headers={"Accept-Ranges": "bytes"})
