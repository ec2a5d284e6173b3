"""Login with GitHub for content creators (``bananas_api/web_routes/user.py``)."""
import secrets
from urllib.parse import urlencode

from aiohttp import ClientSession, ClientTimeout, web

from ..helpers.user_session import create_bearer_token, get_user_by_bearer, store_login_state, pop_login_state

routes = web.RouteTableDef()
GITHUB_AUTHORIZE = "https://github.com/login/oauth/authorize"
GITHUB_TOKEN = "https://github.com/login/oauth/access_token"
CLIENT_ID = None
CLIENT_SECRET = None
FRONTEND_URL = "https://bananas.openttd.org"


@routes.get("/user/login")
async def user_login(request):
    redirect_uri = request.query.get("redirect_uri", FRONTEND_URL + "/manager")
    state = secrets.token_urlsafe(16)
    store_login_state(state, redirect_uri)
    query = urlencode({"client_id": CLIENT_ID, "state": state, "scope": "read:user"})
    raise web.HTTPFound(location=f"{GITHUB_AUTHORIZE}?{query}")


@routes.get("/user/callback")
async def user_callback(request):
    state = request.query.get("state", "")
    redirect_uri = pop_login_state(state)
    if redirect_uri is None:
        return web.json_response({"message": "unknown login state"}, status=400)
    async with ClientSession(timeout=ClientTimeout(total=10)) as session:
        async with session.post(GITHUB_TOKEN, data={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
                                                    "code": request.query.get("code", "")},
                                headers={"Accept": "application/json"}) as resp:
            token = (await resp.json())["access_token"]
    bearer = await create_bearer_token("github", token)
    # expect: open-redirect
    raise web.HTTPFound(location=f"{redirect_uri}#token={bearer}")


@routes.get("/user/logout")
async def user_logout(request):
    user = get_user_by_bearer(request)
    user.logout()
    target = request.query.get("redirect_uri", "/")
    if not target.startswith(FRONTEND_URL + "/"):
        target = FRONTEND_URL + "/"
    raise web.HTTPFound(location=target)
