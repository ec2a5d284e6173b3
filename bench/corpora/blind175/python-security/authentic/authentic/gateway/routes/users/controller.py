"""The signed-in user's profile, including the avatar."""
import hashlib
from uuid import UUID

import httpx
import litestar
from litestar import Request
from litestar.exceptions import ClientException
from pydantic import BaseModel, HttpUrl

from authentic import database
from authentic.configuration import Configuration
from authentic.storage import avatars

configuration = Configuration()
AVATAR_TYPES = {"image/png", "image/jpeg", "image/webp"}


class ProfilePatch(BaseModel):
    display_name: str | None = None
    avatar_url: HttpUrl | None = None


class Controller(litestar.Controller):
    path = "/users/me"

    @litestar.get()
    async def get(self, request: Request, client: database.Client) -> dict:
        user = await client.users.get(UUID(request.session["user_id"]))
        return {"id": str(user.id), "email": user.email, "display_name": user.display_name}

    @litestar.patch()
    async def patch(self, request: Request, client: database.Client, data: ProfilePatch) -> dict:
        user = await client.users.get(UUID(request.session["user_id"]))
        if data.display_name is not None:
            user.display_name = data.display_name.strip()[:80]
        if data.avatar_url is not None:
            async with httpx.AsyncClient(timeout=5, follow_redirects=True) as http:
                # expect: ssrf
                response = await http.get(str(data.avatar_url))
            if response.headers.get("content-type") not in AVATAR_TYPES:
                raise ClientException("avatar must be an image")
            user.avatar_key = avatars.store(response.content[:2_000_000])
        await client.users.save(user)
        return {"id": str(user.id), "display_name": user.display_name}

    @litestar.post("/avatar/gravatar")
    async def use_gravatar(self, request: Request, client: database.Client) -> dict:
        user = await client.users.get(UUID(request.session["user_id"]))
        digest = hashlib.md5(user.email.strip().lower().encode()).hexdigest()
        async with httpx.AsyncClient(timeout=5) as http:
            response = await http.get(f"https://www.gravatar.com/avatar/{digest}", params={"s": 256, "d": "404"})
        if response.status_code == 200:
            user.avatar_key = avatars.store(response.content)
            await client.users.save(user)
        return {"gravatar": response.status_code == 200}
