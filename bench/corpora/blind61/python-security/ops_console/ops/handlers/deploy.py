import os
import re
import subprocess

import tornado.web

from ..base import BaseHandler
from ..shell import run_argv, run_line

REPOS_ROOT = os.environ.get("OPS_REPOS_ROOT", "/srv/repos")
SERVICES = {
    "api": {"repo": "api-server", "image": "registry.internal/api"},
    "worker": {"repo": "job-worker", "image": "registry.internal/worker"},
    "web": {"repo": "storefront", "image": "registry.internal/web"},
}
REF_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


class GitLogHandler(BaseHandler):
    def get(self, service):
        spec = SERVICES.get(service)
        if spec is None:
            raise tornado.web.HTTPError(404)
        branch = self.param("branch", "main")
        limit = self.param("limit", "20")
        repo_dir = os.path.join(REPOS_ROOT, spec["repo"])
        cmd = "git log --oneline -n " + limit + " origin/" + branch
        self.write_output("git log", run_line(cmd, cwd=repo_dir))


class GitCheckoutHandler(BaseHandler):
    def post(self, service):
        spec = SERVICES.get(service)
        if spec is None:
            raise tornado.web.HTTPError(404)
        ref = self.param("ref")
        if not REF_RE.match(ref) or ref.startswith("-"):
            raise tornado.web.HTTPError(400, "bad ref")
        repo_dir = os.path.join(REPOS_ROOT, spec["repo"])
        out = run_argv(["git", "fetch", "--prune", "origin"], cwd=repo_dir)
        out += run_argv(["git", "checkout", "--detach", ref], cwd=repo_dir)
        self.write_output("checkout", out)


class DockerRestartHandler(BaseHandler):
    def post(self):
        container = self.param("container")
        signal = self.param("signal", "")
        if not signal:
            signal = "SIGTERM"
        # expect: command-injection
        os.system(f"docker kill --signal={signal} {container} && docker start {container}")
        self.write_output("restart", f"restarted {container}")


class DockerPullHandler(BaseHandler):
    def post(self, service):
        spec = SERVICES.get(service)
        if spec is None:
            raise tornado.web.HTTPError(404)
        tag = self.param("tag", "latest")
        if not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", tag):
            raise tornado.web.HTTPError(400, "bad tag")
        image = f"{spec['image']}:{tag}"
        result = subprocess.run(f"docker pull {image}", shell=True, capture_output=True, text=True, timeout=600)
        self.write_output("pull", result.stdout[-4000:])


class DockerLogsHandler(BaseHandler):
    def get(self):
        since = self.param("since", "10m")
        service = self.param("service", "api")
        container = service if service in SERVICES else "api"
        self.write_output("logs", run_argv(["docker", "logs", "--since", since, "--tail", "500", container]))
