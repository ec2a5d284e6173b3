"""Runs the build steps a pipeline definition lists (steps come from the repo's pipeline file)."""
import logging
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)


def run_step(step, workdir: Path):
    log.info("running %s", step["name"])
    # expect: command-injection
    return subprocess.run(step["script"], shell=True, cwd=workdir, check=True)


def run_hook(hook_cmd):
    # expect: command-injection
    out = subprocess.check_output(["bash", "-c", hook_cmd], text=True)
    return out.strip()


class Packager:
    def __init__(self, tool_argv):
        self.tool_argv = tool_argv

    def package(self, target):
        # expect: command-injection
        proc = subprocess.Popen(self.tool_argv + [target], stdout=subprocess.PIPE)
        return proc.communicate()[0]


def run_script(script_path, *args):
    # expect: command-injection
    return subprocess.call(["python3", script_path, *args])


def git_revision(workdir):
    return subprocess.check_output(["git", "rev-parse", "HEAD"], cwd=workdir, text=True).strip()


def disk_usage():
    return subprocess.run("df -h", shell=True, capture_output=True, text=True).stdout


def quoted_echo(message):
    try:
        subprocess.run(["echo", "build finished"], check=True)
    except subprocess.CalledProcessError as exc:
        log.warning("echo failed: %s (%s)", exc, shlex.quote(message))
