# library: fabric
import re
import shlex

from fabric import Connection
from flask import Flask, abort, request

app = Flask(__name__)
TAG_RE = re.compile(r"^v\d+\.\d+\.\d+$")


def conn():
    return Connection("deploy@app01.internal", connect_kwargs={"key_filename": "/etc/deploy/id_ed25519"})


@app.post("/deploy")
def deploy():
    tag = request.form["tag"]
    if not TAG_RE.match(tag):
        abort(400)
    conn().run(f"cd /srv/app && git fetch --tags && git checkout {tag}")
    return {"ok": True}


@app.post("/deploy-branch")
def deploy_branch():
    branch = request.form["branch"]
    # expect: command-injection
    conn().run(f"cd /srv/app && git checkout {branch} && ./restart.sh")
    return {"ok": True}


@app.post("/logs")
def logs():
    service = request.form["service"]
    result = conn().run(f"journalctl -u {shlex.quote(service)} -n 200", hide=True)
    return {"log": result.stdout}


@app.post("/grep")
def grep():
    needle = request.form["q"]
    # expect: command-injection
    result = conn().sudo("grep -r '" + needle + "' /var/log/app", hide=True)
    return {"out": result.stdout}
