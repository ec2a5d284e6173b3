"""Discord OAuth2 login flow (``backend/routes/auth/authorize.py``)."""
from urllib.parse import urlencode, urlsplit

from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse

from backend import constants, discord
from backend.authentication.user import create_session_token

OAUTH_URL = "https://discord.com/api/oauth2/authorize"


def _is_local_path(url: str) -> bool:
    return url.startswith("/") and not url.startswith("//") and "\\" not in url


def _is_frontend_url(url: str) -> bool:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" == constants.PRODUCTION_URL


class LoginRoute(HTTPEndpoint):
    async def get(self, request: Request) -> RedirectResponse:
        state = request.query_params.get("redirect", "/")
        query = urlencode({
            "client_id": constants.OAUTH2_CLIENT_ID,
            "redirect_uri": constants.OAUTH2_REDIRECT_URI,
            "response_type": "code",
            "scope": "identify email guilds.join",
            "state": state,
        })
        return RedirectResponse(f"{OAUTH_URL}?{query}")


class AuthorizeRoute(HTTPEndpoint):
    async def get(self, request: Request):
        code = request.query_params.get("code")
        if not code:
            return JSONResponse({"error": "missing code"}, status_code=400)
        bearer = await discord.fetch_bearer_token(code)
        user = await discord.fetch_user_details(bearer["access_token"])
        token = create_session_token(user, bearer)
        state = request.query_params.get("state", "/")
        # expect: open-redirect
        response = RedirectResponse(state)
        response.set_cookie("token", token, secure=constants.PRODUCTION, httponly=True, samesite="strict")
        return response

    async def post(self, request: Request):
        body = await request.json()
        bearer = await discord.refresh_bearer_token(body["refresh_token"])
        user = await discord.fetch_user_details(bearer["access_token"])
        target = body.get("redirect", "/")
        if not _is_local_path(target) and not _is_frontend_url(target):
            target = "/"
        response = RedirectResponse(target, status_code=303)
        response.set_cookie("token", create_session_token(user, bearer), httponly=True, samesite="strict")
        return response
