"""Synse Server HTTP API."""

import ujson
from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse, json, text

from synse_server import cmd, errors, utils

# Blueprint for the Synse core (version-less) routes.
core = Blueprint("core-http")

# Blueprint for the Synse v3 HTTP API.
v3 = Blueprint("v3-http", version="v3")


@core.route("/test")
async def test(request: Request) -> HTTPResponse:
    return utils.http_json_response({"status": "ok", "timestamp": utils.rfc3339now()})


@v3.route("/plugin")
async def plugins(request: Request) -> HTTPResponse:
    refresh = request.args.get("refresh", "false").lower() == "true"
    return utils.http_json_response(await cmd.plugins(refresh=refresh))


@v3.route("/plugin/register", methods=["POST"])
async def register_plugin(request: Request) -> HTTPResponse:
    body = request.json or {}
    address = body.get("address")
    if not address:
        raise errors.InvalidUsage("plugin address is required")
    return utils.http_json_response(await cmd.register_plugin(address, body.get("protocol", "tcp")))


@v3.route("/config", methods=["POST"])
async def update_config(request: Request) -> HTTPResponse:
    return utils.http_json_response(await cmd.update_config(request.body))


@v3.route("/read/<device_id>")
async def read_device(request: Request, device_id: str) -> HTTPResponse:
    return utils.http_json_response(await cmd.read_device(device_id))


@v3.route("/write/wait/<device_id>", methods=["POST"])
async def write_sync(request: Request, device_id: str) -> HTTPResponse:
    try:
        data = ujson.loads(request.body)
    except ValueError as e:
        raise errors.InvalidUsage("invalid json: unable to parse POSTed body as JSON") from e
    for item in data if isinstance(data, list) else [data]:
        if "action" not in item:
            raise errors.InvalidUsage('invalid data: "action" is required')
    return utils.http_json_response(await cmd.write_sync(device_id, data))


@v3.route("/tags")
async def tags(request: Request) -> HTTPResponse:
    namespaces = request.args.getlist("ns", [])
    return json(await cmd.tags(*namespaces, with_id_tags=request.args.get("ids") == "true"))


@v3.exception(errors.SynseError)
async def synse_error(request: Request, exception: errors.SynseError) -> HTTPResponse:
    return text(f"error: {exception}", status=exception.http_code)
