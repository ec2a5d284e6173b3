"""Diagnostics views that build argv lists for a shell."""
import shlex
import subprocess

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("commands", __name__)


@bp.get("/diag/echo")
def echo():
    x = request.args.get("msg", "")
    # expect: command-injection-sh-c
    out = subprocess.run(["sh", "-c", f"echo {x}"], capture_output=True, text=True)
    return out.stdout


@bp.get("/diag/grep")
def grep_logs():
    pattern = request.args.get("pattern", "")
    argv = ["bash", "-c"]
    argv.append("grep -i " + pattern + " /var/log/app/app.log | tail -n 50")
    # expect: command-injection-sh-c
    out = subprocess.run(argv, capture_output=True, text=True)
    return jsonify(out.stdout.splitlines())


@bp.get("/diag/grep-safe")
def grep_logs_safe():
    pattern = request.args.get("pattern", "")
    out = subprocess.run(["grep", "-i", "--", pattern, "/var/log/app/app.log"], capture_output=True, text=True)
    return jsonify(out.stdout.splitlines()[-50:])


@bp.get("/diag/quoted")
def quoted():
    x = request.args.get("msg", "")
    out = subprocess.run(["sh", "-c", "echo " + shlex.quote(x)], capture_output=True, text=True)
    return out.stdout


@bp.get("/diag/ping")
def ping():
    host = request.args.get("host", "")
    cmd = []
    cmd.append("/bin/sh")
    cmd.append("-c")
    cmd.append("ping -c 1 %s" % host)
    # expect: command-injection-sh-c
    return subprocess.check_output(cmd, text=True)


@bp.get("/diag/ping-safe")
def ping_safe():
    host = request.args.get("host", "")
    if host not in {"db", "cache", "queue"}:
        abort(400)
    return subprocess.check_output(["sh", "-c", f"ping -c 1 {host}"], text=True)


@bp.get("/diag/positional")
def positional():
    name = request.args.get("name", "")
    out = subprocess.run(["sh", "-c", 'printf "%s\\n" "$1"', "printf", name], capture_output=True, text=True)
    return out.stdout


@bp.get("/diag/popen")
def popen_list():
    target = request.args.get("target", "")
    # expect: command-injection-sh-c
    proc = subprocess.Popen(["/bin/bash", "-lc", "du -sh /srv/data/" + target], stdout=subprocess.PIPE, text=True)
    return proc.communicate()[0]
