import os

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Route

from . import endpoints
from .middleware import ViewerMiddleware

routes = [
    Route("/media/{name:path}", endpoints.serve_media),
    Route("/media-v2/{name:path}", endpoints.serve_media_checked),
    Route("/albums/{album}/cover", endpoints.AlbumCover),
    Route("/gallery", endpoints.gallery),
    Route("/gallery-v2", endpoints.gallery_escaped),
    Route("/mirror", endpoints.mirror, methods=["POST"]),
    Route("/mirror-v2", endpoints.mirror_known, methods=["POST"]),
]

app = Starlette(
    debug=os.environ.get("MEDIA_DEBUG") == "1",
    routes=routes,
    middleware=[Middleware(ViewerMiddleware)],
)
