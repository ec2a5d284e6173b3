from sanic import Blueprint
from sanic.exceptions import BadRequest
from sanic.response import json

from app.services import runner, store

basic = Blueprint("basic", url_prefix="/basic")


@basic.route("/", methods=["POST"])
async def test(request):
    return json({"hello": "world"})


@basic.post("/run")
async def run_step(request):
    body = request.json or {}
    context = body.get("context", {})
    if body.get("guard") and not runner.guard_passes(body["guard"], context):
        return json({"skipped": True})
    code, out, err = await runner.run_step(body["step"], body.get("args", ""))
    await store.record_run(body.get("pipeline", "default"), body["step"], "done" if code == 0 else "failed", out)
    return json({"code": code, "stdout": out, "stderr": err})


@basic.post("/v2/run")
async def run_step_v2(request):
    body = request.json or {}
    context = {k: float(v) for k, v in body.get("context", {}).items()}
    try:
        if body.get("guard") and not runner.guard_passes_safe(body["guard"], context):
            return json({"skipped": True})
        code, out, err = await runner.run_step_checked(body["step"], list(body.get("args", [])))
    except ValueError as exc:
        raise BadRequest(str(exc))
    await store.record_run(body.get("pipeline", "default"), body["step"], "done" if code == 0 else "failed", out)
    return json({"code": code, "stdout": out, "stderr": err})


@basic.get("/runs/<name:str>")
async def runs(request, name: str):
    return json(await store.runs_for(name, request.args.get("status", "done")))


@basic.get("/v2/runs/<name:str>")
async def runs_v2(request, name: str):
    return json(await store.runs_for_bound(name, request.args.get("status", "done")))


@basic.get("/runs/<run_id:int>/output")
async def run_output(request, run_id: int):
    return json({"output": await store.last_output(run_id)})
