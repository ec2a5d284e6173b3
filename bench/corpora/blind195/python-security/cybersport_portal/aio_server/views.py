import aiohttp_jinja2
import jinja2
from aiohttp import web
from jinja2.sandbox import SandboxedEnvironment

from .services import avatars, teams

routes = web.RouteTableDef()
_sandbox = SandboxedEnvironment(autoescape=True)


@routes.get("/")
@aiohttp_jinja2.template("index.html")
async def index(request):
    return {"title": "aio-server", "app": request.app}


@routes.get("/teams")
async def team_list(request):
    rows = await teams.list_teams(request.app["pool"], request.query.get("discipline", "cs2"), request.query.get("order", "rating"))
    return web.json_response([dict(r) for r in rows])


@routes.get("/players/search")
async def player_search(request):
    rows = await teams.find_players(request.app["pool"], request.query.get("q", ""))
    return web.json_response([dict(r) for r in rows])


@routes.get("/v2/players/search")
async def player_search_v2(request):
    rows = await teams.find_players_bound(request.app["pool"], request.query.get("q", ""))
    return web.json_response([dict(r) for r in rows])


@routes.post("/teams/{team_id:\\d+}/avatar")
async def team_avatar(request):
    team_id = int(request.match_info["team_id"])
    data = await request.post()
    await avatars.download(data["url"])
    await teams.set_avatar(request.app["pool"], team_id, data["url"])
    return web.json_response({"ok": True})


@routes.post("/teams/{team_id:\\d+}/banner")
async def team_banner(request):
    data = await request.post()
    # expect: code-injection
    html = jinja2.Template(data["banner"]).render(team_id=request.match_info["team_id"])
    return web.Response(text=html, content_type="text/html")


@routes.post("/v2/teams/{team_id:\\d+}/banner")
async def team_banner_v2(request):
    data = await request.post()
    html = _sandbox.from_string(data["banner"]).render(team_id=request.match_info["team_id"])
    return web.Response(text=html, content_type="text/html")


@routes.get("/logout")
async def logout(request):
    response_to = request.query.get("next", "/")
    # expect: open-redirect
    raise web.HTTPFound(response_to)


@routes.get("/login/done")
async def login_done(request):
    target = request.query.get("next", "/")
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    raise web.HTTPFound(target)


@routes.get("/teams/{team_id:\\d+}")
@aiohttp_jinja2.template("team.html")
async def team_page(request):
    team = await teams.get_team(request.app["pool"], int(request.match_info["team_id"]))
    if team is None:
        raise web.HTTPNotFound()
    return {"team": team}
