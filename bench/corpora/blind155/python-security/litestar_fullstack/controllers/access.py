"""Access controller: login redirect, avatar upload."""
from __future__ import annotations

import os
from pathlib import Path

from litestar import Controller, Request, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect

UPLOAD_DIR = Path(os.environ.get("APP_UPLOAD_DIR", "/var/lib/app/uploads"))


class AccessController(Controller):
    tags = ["Access"]

    @get(path="/login/complete")
    async def login_complete(self, request: Request, redirect_to: str | None = None) -> Redirect:
        if not redirect_to:
            redirect_to = request.session.get("redirect_to", "/")
        # expect: open-redirect
        return Redirect(path=redirect_to)

    @get(path="/logout/complete")
    async def logout_complete(self, redirect_to: str = "/") -> Redirect:
        if not redirect_to.startswith("/") or redirect_to.startswith("//"):
            redirect_to = "/"
        return Redirect(path=redirect_to)

    @post(path="/api/me/avatar")
    async def upload_avatar(self, request: Request, data: UploadFile = Body(media_type=RequestEncodingType.MULTI_PART)) -> dict:
        user_dir = UPLOAD_DIR / str(request.user.id)
        user_dir.mkdir(parents=True, exist_ok=True)
        target = user_dir / data.filename
        content = await data.read()
        # expect: path-traversal
        target.write_bytes(content)
        return {"file": data.filename}

    @post(path="/api/me/avatar/safe")
    async def upload_avatar_safe(self, request: Request, data: UploadFile = Body(media_type=RequestEncodingType.MULTI_PART)) -> dict:
        name = Path(data.filename).name
        user_dir = UPLOAD_DIR / str(request.user.id)
        user_dir.mkdir(parents=True, exist_ok=True)
        (user_dir / name).write_bytes(await data.read())
        return {"file": name}
