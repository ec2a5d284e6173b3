"""Task search, operation webhooks and C2 profile control (Sanic)."""
import logging
import re

from sanic import response
from sanic_jwt.decorators import inject_user, scoped

import app.database_models.model as db_model
from app import db_objects, mythic
from app.utils import c2_control, webhooks

logger = logging.getLogger(__name__)

PROFILE_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@mythic.route(mythic.config["API_BASE"] + "/tasks/search", methods=["POST"])
@inject_user()
@scoped(["auth:user", "auth:apitoken_user"], False)
async def search_tasks(request, user):
    data = request.json or {}
    search = data.get("search", "")
    operation = await db_objects.get(db_model.operation_query, name=user["current_operation"])
    # expect: sql-injection
    query = db_model.Task.raw("SELECT * FROM task WHERE operation_id = %s AND params LIKE '%%" + search + "%%' ORDER BY id DESC", operation.id)
    tasks = await db_objects.execute(query)
    return response.json({"status": "success", "output": [t.to_json() for t in tasks]})


@mythic.route(mythic.config["API_BASE"] + "/tasks/search/params", methods=["POST"])
@inject_user()
@scoped(["auth:user", "auth:apitoken_user"], False)
async def search_task_params(request, user):
    data = request.json or {}
    operation = await db_objects.get(db_model.operation_query, name=user["current_operation"])
    query = db_model.Task.select().where((db_model.Task.operation == operation) & (db_model.Task.params.contains(data.get("search", ""))))
    tasks = await db_objects.execute(query)
    return response.json({"status": "success", "output": [t.to_json() for t in tasks]})


@mythic.route(mythic.config["API_BASE"] + "/operations/<op_id:int>/webhook", methods=["PUT"])
@inject_user()
@scoped(["auth:user", "auth:apitoken_user"], False)
async def set_webhook(request, user, op_id):
    operation = await db_objects.get(db_model.operation_query, id=op_id)
    operation.webhook = (request.json or {}).get("webhook", "")
    await db_objects.update(operation)
    mythic.add_task(webhooks.send_operation_event(operation.id, "webhook updated"))
    return response.json({"status": "success"})


@mythic.route(mythic.config["API_BASE"] + "/c2profiles/<name:str>/start", methods=["GET"])
@inject_user()
@scoped(["auth:user", "auth:apitoken_user"], False)
async def start_c2profile(request, user, name):
    args = request.args.get("args", "")
    if request.args.get("checked") and not PROFILE_RE.match(name):
        return response.json({"status": "error", "error": "bad profile name"}, status=400)
    output = await c2_control.start_profile(name, args)
    return response.json({"status": "success", "output": output})
