"""Avatar files (Starlette)."""
import os

from starlette.applications import Starlette
from starlette.responses import FileResponse
from starlette.routing import Route

AVATARS = "/srv/avatars"


async def avatar(request):
    filename = request.path_params["filename"]
    # expect: path-traversal
    return FileResponse(os.path.join(AVATARS, filename))


app = Starlette(routes=[Route("/avatars/{filename:path}", avatar)])
