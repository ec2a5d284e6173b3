"""Stores notebook screenshots sent by the client."""
import base64
import os
import re

from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse

import fiftyone as fo

NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class Screenshot(HTTPEndpoint):
    async def post(self, request: Request):
        img = request.path_params["img"]
        if not NAME.match(img):
            return JSONResponse({"error": "bad name"}, status_code=400)
        data = await request.json()
        raw = base64.b64decode(data["src"].split(",", 1)[-1])
        directory = os.path.join(fo.config.default_dataset_dir, "screenshots")
        os.makedirs(directory, exist_ok=True)
        with open(os.path.join(directory, img + ".png"), "wb") as handle:
            handle.write(raw)
        return JSONResponse({"saved": img})

    async def get(self, request: Request):
        img = request.path_params["img"]
        if not NAME.match(img):
            return JSONResponse({"error": "bad name"}, status_code=400)
        directory = os.path.join(fo.config.default_dataset_dir, "screenshots")
        return JSONResponse({"exists": os.path.isfile(os.path.join(directory, img + ".png"))})
