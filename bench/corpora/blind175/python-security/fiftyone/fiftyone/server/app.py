"""FiftyOne server app: Starlette routes plus the static client."""
import os

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

import fiftyone.constants as foc
from fiftyone.server.routes.aggregate import Aggregate
from fiftyone.server.routes.dataset_info import DatasetInfo
from fiftyone.server.routes.media import Media, SampleMedia
from fiftyone.server.routes.screenshot import Screenshot
from fiftyone.server.routes.values import Values

# Kept as tuples; built into Starlette routes below.
routes = [
    ("/aggregate", Aggregate),
    ("/dataset/{name:str}/info", DatasetInfo),
    ("/media", Media),
    ("/sample/{sample_id:str}/media", SampleMedia),
    ("/screenshot/{img:str}", Screenshot),
    ("/values", Values),
]

client_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")

app = Starlette(
    debug=os.environ.get("FIFTYONE_SERVER_DEBUG", "") == "1",
    middleware=[
        Middleware(CORSMiddleware, allow_origins=foc.ALLOWED_ORIGINS, allow_methods=["GET", "POST"],
                   allow_headers=["Content-Type"]),
    ],
    routes=[Route(route, endpoint) for route, endpoint in routes]
    + [Mount("/", app=StaticFiles(directory=client_dir, html=True), name="static")],
)
