"""Backup dialog: runs pg_dump for a server."""
import json
import shlex

from flask import Blueprint, current_app, request

from ..misc.bgprocess import BatchProcess
from ..utils.ajax import bad_request, make_json_response

blueprint = Blueprint("backup", __name__, url_prefix="/backup")
FORMATS = {"custom": "c", "tar": "t", "plain": "p", "directory": "d"}


def _utility():
    return current_app.config.get("PG_DUMP_PATH", "/usr/bin/pg_dump")


@blueprint.route("/job/<int:sid>", methods=["POST"], endpoint="create_server_job")
def create_backup_job(sid):
    data = json.loads(request.data) if request.data else request.form.to_dict()
    file_name = data.get("file")
    if not file_name:
        return bad_request("Please provide a file name")
    fmt = FORMATS.get(data.get("format", "custom"), "c")
    cmd = f"{_utility()} --file '{file_name}' --format={fmt}"
    if data.get("database"):
        cmd += " --dbname " + data["database"]
    p = BatchProcess(desc="Backing up server %d" % sid, shell_cmd=cmd)
    p.start()
    return make_json_response(data={"job_id": p.id, "desc": p.desc})


@blueprint.route("/job-argv/<int:sid>", methods=["POST"], endpoint="create_server_job_argv")
def create_backup_job_argv(sid):
    data = json.loads(request.data) if request.data else request.form.to_dict()
    file_name = data.get("file")
    if not file_name:
        return bad_request("Please provide a file name")
    args = ["--file", file_name, "--format=" + FORMATS.get(data.get("format", "custom"), "c")]
    if data.get("database"):
        args += ["--dbname", data["database"]]
    p = BatchProcess(desc="Backing up server %d" % sid, cmd=_utility(), args=args)
    p.start()
    return make_json_response(data={"job_id": p.id, "cmdline": shlex.join([_utility(), *args])})
