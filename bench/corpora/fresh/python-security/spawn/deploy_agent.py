"""Agent that receives deploy requests from the control plane (JSON over HTTPS)."""
import json
import os
import subprocess
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

RELEASES = "/srv/releases"
HOOKS = {"migrate": ["python", "manage.py", "migrate", "--noinput"], "collectstatic": ["python", "manage.py", "collectstatic", "--noinput"]}


def activate(release: str) -> None:
    os.execl("/usr/bin/systemctl", "systemctl", "restart", "app@" + release)


class DeployHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        req = json.loads(self.rfile.read(length))
        release = req["release"]
        if req.get("hook") in HOOKS:
            subprocess.run(HOOKS[req["hook"]], cwd=os.path.join(RELEASES, os.path.basename(release)), check=True, timeout=900)
        if "script" in req:
            # expect: command-injection
            subprocess.Popen(["/bin/bash", "-c", req["script"]], cwd=RELEASES)
        if "env" in req:
            env = {**os.environ, **req["env"]}
            # expect: command-injection
            subprocess.run(["/srv/bin/deploy", release], env=env, check=True, timeout=900)
        if "exec" in req:
            # expect: command-injection
            os.execvpe(req["exec"][0], req["exec"], os.environ)
        if "spawn" in req:
            # expect: command-injection
            os.spawnve(os.P_NOWAIT, "/bin/sh", ["sh", "-c", req["spawn"]], dict(os.environ))
        self.send_response(202)
        self.end_headers()

    def log_message(self, fmt, *args):
        sys.stderr.write("deploy-agent: " + fmt % args + "\n")


def main():
    port = int(os.environ.get("AGENT_PORT", "9443"))
    host = os.environ.get("AGENT_BIND", "127.0.0.1")
    HTTPServer((host, port), DeployHandler).serve_forever()


def main_public():
    # expect: bind-all
    HTTPServer(("0.0.0.0", 9443), DeployHandler).serve_forever()


if __name__ == "__main__":
    main()
