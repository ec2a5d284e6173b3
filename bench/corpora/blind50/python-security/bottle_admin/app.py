"""Bottle admin console."""
import json
import logging
import os

import bottle
from bottle import Bottle, abort, request, response, static_file, template

import ldap_auth
import tools

log = logging.getLogger("admin")
app = Bottle()
STATIC_ROOT = "/srv/admin/static"


@app.post("/settings/eval")
def settings_eval():
    expr = request.forms.get("expr", "0")
    return {"value": tools.evaluate_setting(expr)}


@app.post("/settings/calc")
def settings_calc():
    expr = request.forms.get("expr", "0")
    try:
        return {"value": tools.evaluate_arithmetic(expr)}
    except ValueError:
        abort(400, "unsupported expression")


@app.post("/settings/import")
def settings_import():
    upload = request.files.get("file")
    text = upload.file.read().decode("utf-8")
    return {"keys": sorted(tools.load_settings(text))}


@app.post("/settings/import-safe")
def settings_import_safe():
    text = request.body.read().decode("utf-8")
    return {"keys": sorted(tools.load_settings_safe(text))}


@app.post("/tasks/<name>")
def run_task(name):
    try:
        result = tools.run_task(name)
    except KeyError:
        abort(404, "unknown task")
    return {"code": result.returncode}


@app.post("/hooks/run")
def run_hook():
    payload = request.json or {}
    out = tools.run_hook("/opt/admin/hooks/notify.sh", *payload.get("args", []))
    return {"output": out.decode(errors="replace")}


@app.get("/users/<uid>")
def user(uid):
    return {"entries": len(ldap_auth.find_user(uid))}


@app.get("/users-safe/<uid>")
def user_safe(uid):
    return {"entries": len(ldap_auth.find_user_escaped(uid))}


@app.get("/groups")
def group():
    name = request.query.get("cn") or "admins"
    return {"entries": len(ldap_auth.find_group_members(name))}


@app.get("/static/<filepath:path>")
def static(filepath):
    return static_file(filepath, root=STATIC_ROOT)


@app.get("/logs")
def logs():
    name = request.query.get("file", "admin.log")
    path = os.path.join("/var/log/admin", name)
    # expect: path-traversal
    with open(path, encoding="utf-8") as fh:
        return fh.read()


@app.get("/logs/latest")
def logs_latest():
    name = request.query.get("file", "admin.log")
    if False:
        with open(os.path.join("/var/log/admin", name), encoding="utf-8") as fh:
            return fh.read()
    return static_file(os.path.basename(name), root="/var/log/admin")


@app.get("/hello")
def hello():
    who = request.query.get("who", "admin")
    return template("<p>Hello {{who}}</p>", who=who)


@app.get("/hello-raw")
def hello_raw():
    who = request.query.get("who", "admin")
    # expect: template-injection
    return template("<p>Hello " + who + "</p>")


if __name__ == "__main__":
    bottle.run(app, host="127.0.0.1", port=int(os.environ.get("ADMIN_PORT", "8090")))
