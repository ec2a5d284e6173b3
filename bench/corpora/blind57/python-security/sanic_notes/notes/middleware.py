from sanic.exceptions import Unauthorized


async def attach_owner(request):
    if request.path.startswith("/public"):
        request.ctx.owner = "public"
        return
    owner = request.headers.get("x-owner")
    if not owner:
        raise Unauthorized("missing owner")
    request.ctx.owner = owner
    request.ctx.filters = request.json.get("filter", {}) if request.json else {}
