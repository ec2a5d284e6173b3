"""Views exercising request values through branches and defaults."""
import subprocess

from flask import Blueprint, request

bp = Blueprint("branches", __name__)

DEFAULT_FORMAT = "csv"


@bp.route("/export")
def export():
    fmt = request.args.get("format")
    if fmt is None:
        fmt = DEFAULT_FORMAT
    elif fmt == "xml":
        fmt = "xml"
    # expect: command-injection
    subprocess.run(f"exporter --format {fmt} --out /tmp/export", shell=True)
    return "started"


@bp.route("/export2")
def export2():
    param = request.args.get("format", "")
    if param.startswith("x"):
        bar = param
    else:
        bar = "csv"
    # expect: command-injection
    subprocess.run("exporter --format " + bar, shell=True)
    return "started"


@bp.route("/export3")
def export3():
    param = request.args.get("format", "")
    num = 106
    bar = "csv" if 7 * 18 + num > 200 else param
    subprocess.run("exporter --format " + bar, shell=True)
    return "started"


@bp.route("/export4")
def export4():
    param = request.args.get("format", "")
    bar = "json"
    if "should" not in "This should always be true":
        bar = param
    subprocess.run("exporter --format " + bar, shell=True)
    return "started"


@bp.route("/export5")
def export5():
    param = request.args.get("format", "")
    match param:
        case "csv" | "json":
            fmt = param
        case _:
            fmt = "csv"
    subprocess.run("exporter --format " + fmt, shell=True)
    return "started"


@bp.route("/export6")
def export6():
    param = request.args.get("format", "")
    match param.split(":"):
        case [kind, opts]:
            fmt = f"{kind} --opts {opts}"
        case _:
            fmt = "csv"
    # expect: command-injection
    subprocess.run("exporter --format " + fmt, shell=True)
    return "started"


@bp.route("/export7")
def export7():
    param = request.args.get("format", "")
    for _ in range(1):
        if param:
            break
    else:
        param = "csv"
    # expect: command-injection
    subprocess.run("exporter --format " + param, shell=True)
    return "started"


@bp.route("/export8")
def export8():
    param = request.args.get("format", "")
    if param not in ("csv", "json", "xml"):
        return "bad format", 400
    subprocess.run("exporter --format " + param, shell=True)
    return "started"


@bp.route("/export9")
def export9():
    mode = request.args.get("mode", "fast")
    try:
        level = int(request.args.get("level", "1"))
    except ValueError:
        level = 1
    cmd = "exporter --level %d" % level
    if mode == "fast":
        cmd += " --fast"
    subprocess.run(cmd, shell=True)
    return "started"
