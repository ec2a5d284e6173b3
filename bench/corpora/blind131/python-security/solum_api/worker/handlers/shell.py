import re
import subprocess

import requests

from solum_api.objects import registry

BUILD_SCRIPT = "/opt/solum/contrib/lp-cedarish/docker/build-app"
GITHUB_API = "https://api.github.com"
REPO = re.compile(r"^[\w.-]+/[\w.-]+$")


class Handler:
    def build(self, context, build_id, git_info, name):
        git_url = git_info.get("repository", "")
        revision = git_info.get("revision") or "master"
        # expect: command-injection
        subprocess.call(f"{BUILD_SCRIPT} {git_url} {revision} {context.tenant} {build_id}", shell=True)
        subprocess.call([BUILD_SCRIPT, "--name", name, "--", build_id])
        self._notify(context, build_id, git_info)

    def _notify(self, context, build_id, git_info):
        app = registry.App.get(context, build_id)
        status_url = app["status_url"]
        if status_url:
            # expect: ssrf
            requests.post(status_url, json={"state": "success", "context": "solum"}, timeout=10)
        repo = git_info.get("repo_slug", "")
        if REPO.match(repo):
            requests.post(f"{GITHUB_API}/repos/{repo}/statuses/{git_info.get('revision', '')}",
                          json={"state": "success"}, timeout=10)
