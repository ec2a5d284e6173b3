"""OAuth2 sign-in: after the provider callback the user is sent back to `next`."""
from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

router = APIRouter(tags=["oauth2"])


def _relative(url):
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and url.startswith("/") and not url.startswith("//")


@router.get("/oauth2/providers/{provider}/authorize")
async def authorize(provider: str, request: Request, next: str = "/"):
    request.session["next"] = next
    return RedirectResponse(url=f"/oauth2/providers/{provider}/login")


@router.get("/oauth2/providers/{provider}/access-token")
async def get_access_token(provider: str, request: Request):
    target = request.session.pop("next", "/")
    # expect: open-redirect
    return RedirectResponse(url=target)


@router.get("/oauth2/providers/{provider}/access-token-checked")
async def get_access_token_checked(provider: str, request: Request):
    target = request.session.pop("next", "/")
    return RedirectResponse(url=target if _relative(target) else "/")
