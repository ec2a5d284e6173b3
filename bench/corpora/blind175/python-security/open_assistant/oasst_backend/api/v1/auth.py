"""OAuth login for the data-collection site (Discord and GitHub)."""
from urllib.parse import urlencode, urlparse

import httpx
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse

from oasst_backend.api import deps
from oasst_backend.config import settings

router = APIRouter()

ALLOWED_RETURN_HOSTS = {urlparse(origin).hostname for origin in settings.BACKEND_CORS_ORIGINS}


@router.get("/login/discord")
def login_discord(request: Request, return_to: str = "/"):
    request.session["return_to"] = return_to
    params = {
        "client_id": settings.AUTH_DISCORD_CLIENT_ID,
        "redirect_uri": settings.AUTH_DISCORD_REDIRECT_URI,
        "response_type": "code",
        "scope": "identify",
    }
    return RedirectResponse(f"https://discord.com/oauth2/authorize?{urlencode(params)}")


@router.get("/callback/discord")
async def callback_discord(request: Request, code: str, db=Depends(deps.get_db)):
    async with httpx.AsyncClient(timeout=10) as client:
        token = await client.post(
            "https://discord.com/api/oauth2/token",
            data={
                "client_id": settings.AUTH_DISCORD_CLIENT_ID,
                "client_secret": settings.AUTH_DISCORD_CLIENT_SECRET,
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": settings.AUTH_DISCORD_REDIRECT_URI,
            },
        )
        if token.status_code != 200:
            raise HTTPException(status_code=400, detail="Invalid code")
        user = await client.get("https://discord.com/api/users/@me",
                                headers={"Authorization": f"Bearer {token.json()['access_token']}"})
    deps.login_user(request, db, "discord", user.json())
    return_to = request.session.pop("return_to", "/")
    # expect: open-redirect
    return RedirectResponse(return_to)


@router.get("/logout")
def logout(request: Request, return_to: str = "/"):
    request.session.clear()
    parsed = urlparse(return_to)
    if parsed.netloc and parsed.hostname not in ALLOWED_RETURN_HOSTS:
        return_to = "/"
    if return_to.startswith("//") or "\\" in return_to:
        return_to = "/"
    return RedirectResponse(return_to)
