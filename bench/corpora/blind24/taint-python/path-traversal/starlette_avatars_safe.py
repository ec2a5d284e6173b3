"""Avatar files (Starlette), basename only and a realpath check."""
import os

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse
from starlette.routing import Route

AVATARS = os.path.realpath("/srv/avatars")


async def avatar(request):
    filename = os.path.basename(request.path_params["filename"])
    full = os.path.realpath(os.path.join(AVATARS, filename))
    if os.path.commonpath([full, AVATARS]) != AVATARS:
        raise HTTPException(404)
    return FileResponse(full)


app = Starlette(routes=[Route("/avatars/{filename:path}", avatar)])
