"""Controller API handlers for projects, computes and symbols."""
import os

from aiohttp import web

from gns3_server.controller import Controller
from gns3_server.web_route import Route

SYMBOLS_DIR = "/opt/gns3/symbols"
BUILTIN_SYMBOLS = "/usr/share/gns3/symbols"


@Route.post(r"/projects/{project_id}/import")
async def import_project(request, response):
    controller = Controller.instance()
    project = await controller.import_project(request.match_info["project_id"], request.content,
                                              name=request.query.get("name"))
    response.body = str(project).encode()


@Route.post(r"/computes")
async def create_compute(request, response):
    body = await request.json()
    compute = await Controller.instance().add_compute(**body)
    response.text = compute.id


@Route.get(r"/symbols/{symbol_id:.+}/raw")
async def symbol_raw(request, response):
    symbol_id = request.match_info["symbol_id"]
    if symbol_id.startswith(":/"):
        path = os.path.join(BUILTIN_SYMBOLS, os.path.basename(symbol_id))
    else:
        path = os.path.join(SYMBOLS_DIR, symbol_id)
    # expect: path-traversal
    response.body = open(path, "rb").read()
