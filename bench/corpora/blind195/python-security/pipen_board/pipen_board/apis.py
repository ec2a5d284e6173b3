"""HTTP API of the board (Quart)."""
import ast
import time

from quart import abort, jsonify, request

from .data_manager import data_manager
from . import runner


async def runs():
    return jsonify(data_manager.runs())


async def log():
    return data_manager.read_log(request.args.get("path", ""))


async def job_log():
    try:
        text = data_manager.read_log_checked(
            request.args["run"], request.args["proc"], int(request.args.get("job", 0))
        )
    except (KeyError, ValueError, PermissionError):
        abort(400)
    return text


async def run_pipeline():
    data = await request.get_json()
    log_path = f"/tmp/pipen-board-{int(time.time())}.log"
    pid = await runner.launch(data.get("args", ""), log_path)
    return jsonify({"pid": pid, "log": log_path})


async def run_pipeline_v2():
    data = await request.get_json()
    options = {k: runner.coerce(str(v)) for k, v in data.get("options", {}).items()}
    log_path = f"/tmp/pipen-board-{int(time.time())}.log"
    try:
        pid = await runner.launch_argv(options, log_path)
    except ValueError:
        abort(400)
    return jsonify({"pid": pid, "log": log_path})


async def parse_value():
    data = await request.get_json()
    # expect: code-injection
    value = eval(data["expr"])
    return jsonify({"value": value})


async def parse_value_v2():
    data = await request.get_json()
    try:
        value = ast.literal_eval(data["expr"])
    except (ValueError, SyntaxError):
        abort(400)
    return jsonify({"value": value})


GETS = {"/api/runs": runs, "/api/log": log, "/api/job_log": job_log}
POSTS = {
    "/api/run": run_pipeline,
    "/api/v2/run": run_pipeline_v2,
    "/api/parse_value": parse_value,
    "/api/v2/parse_value": parse_value_v2,
}
