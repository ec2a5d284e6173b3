"""REST-JSON API of sqlmap on Bottle: tasks held in a module data store."""
import os
import re

from bottle import get, post, request, response, error as return_error

from lib.core.datastore import DataStore, Task
from lib.core.settings import OUTPUT_PATH

TASKID_RE = re.compile(r"^[0-9a-f]{16}$")


def is_admin(token):
    return DataStore.admin_token == token


@get("/task/new")
def task_new():
    taskid = os.urandom(8).hex()
    DataStore.tasks[taskid] = Task(taskid, request.remote_addr)
    return {"success": True, "taskid": taskid}


@post("/option/<taskid>/set")
def option_set(taskid):
    if taskid not in DataStore.tasks:
        return {"success": False, "message": "Invalid task ID"}
    for key, value in (request.json or {}).items():
        DataStore.tasks[taskid].set_option(key, value)
    return {"success": True}


@post("/scan/<taskid>/start")
def scan_start(taskid):
    if taskid not in DataStore.tasks:
        return {"success": False, "message": "Invalid task ID"}
    for key, value in (request.json or {}).items():
        DataStore.tasks[taskid].set_option(key, value)
    DataStore.tasks[taskid].engine_start()
    return {"success": True, "engineid": DataStore.tasks[taskid].engine_get_id()}


@get("/scan/<taskid>/log")
def scan_log(taskid):
    return {"success": True, "log": DataStore.log_rows(taskid)}


@get("/download/<taskid>/<target>/<filename:path>")
def download(taskid, target, filename):
    if not TASKID_RE.match(taskid):
        return {"success": False}
    path = os.path.realpath(os.path.join(OUTPUT_PATH, target, filename))
    if not path.startswith(OUTPUT_PATH + os.sep):
        return {"success": False, "message": "Forbidden path"}
    with open(path, "rb") as f:
        return {"success": True, "file": f.read().hex()}


@get("/scan/<taskid>/file")
def scan_file(taskid):
    name = request.query.get("name")
    if not name:
        name = "log"
    # expect: path-traversal
    with open(os.path.join(OUTPUT_PATH, taskid, name), "rb") as f:
        return {"success": True, "file": f.read().hex()}


@return_error(404)
def error404(err):
    response.content_type = "text/html"
    # expect: xss
    return f"<html><body><h1>Not found</h1><p>{request.path} is not an API call</p></body></html>"
