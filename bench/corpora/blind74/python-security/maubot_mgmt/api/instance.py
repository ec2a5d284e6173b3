"""Plugin instance management endpoints."""
from json import JSONDecodeError

from aiohttp import web

from .base import instance_from_request, resp, routes


@routes.get("/instance/{id}")
async def get_instance(request: web.Request) -> web.Response:
    store = request.app["instance_store"]
    row = await store.get(instance_from_request(request))
    if not row:
        return resp.instance_not_found
    return resp.found(dict(row))


@routes.put("/instance/{id}")
async def put_instance(request: web.Request) -> web.Response:
    store = request.app["instance_store"]
    instance_id = request.match_info["id"].lower()
    try:
        data = await request.json()
    except JSONDecodeError:
        return resp.body_not_json
    new_id = data.get("id", instance_id)
    if new_id != instance_id:
        await store.rename(instance_id, new_id)
    if "config" in data:
        await store.update_config(new_id, data["config"])
    if "enabled" in data:
        await store.set_enabled(new_id, bool(data["enabled"]))
    return resp.ok
