import re

from ..process.runner import LocalCommandRunner

TARGET_RE = re.compile(r"^[A-Za-z0-9_.-]+$")


class ForceScheduler:
    def __init__(self, name, workdir):
        self.name = name
        self.runner = LocalCommandRunner(workdir)

    def force(self, owner, builderid=None, **kwargs):
        properties = {k: v for k, v in kwargs.items() if k in ("target", "reason", "branch", "revision")}
        target = properties.get("target") or "all"
        branch = properties.get("branch", "master")
        if TARGET_RE.match(target):
            self.runner.run_argv(["make", target])
        self.runner.run_quoted("git checkout", branch)
        reason = properties.get("reason", "forced by " + owner)
        self.runner.run_shell("echo building for: " + reason + " >> force.log")
        return {"owner": owner, "target": target}
