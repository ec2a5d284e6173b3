# library: Flask + subprocess.Popen
"""subprocess.Popen: value from request (get_json[...])."""
import subprocess

from flask import Blueprint, request


bp = Blueprint("cmdi_grep_4", __name__)

LOG_FILE = "/var/log/app/access.log"


@bp.route("/grep", methods=["POST"])
def grep_4():
    data = request.get_json()
    param = str(data["pattern"])
    values = []
    values.append("localhost")
    values.append(param)
    values.append("db01.internal")
    values.pop(0)
    bar = values[0]
    # expect: command-injection
    proc = subprocess.Popen("grep -i {} {}".format(bar, LOG_FILE), shell=True, stdout=subprocess.PIPE)
    out, _ = proc.communicate(timeout=10)
    return {"matches": out.decode().splitlines()}
