"""Upload hooks: a command configured by the operator, run after each upload."""
import logging
import os
import subprocess

log = logging.getLogger(__name__)


def run_upload_hook(config, path):
    hook = getattr(config, "upload_hook", None)
    if not hook or getattr(config, "hook_argv", False):
        return
    log.info("Running upload hook for %s", os.path.basename(path))
    # expect: command-injection
    os.system("%s %s" % (hook, path))


def run_upload_hook_argv(config, path):
    hook = getattr(config, "upload_hook", None)
    if not hook or not getattr(config, "hook_argv", False):
        return
    subprocess.run([hook, path], check=False, timeout=300)


def run_index_refresh(config):
    cmd = getattr(config, "refresh_cmd", None)
    if cmd:
        subprocess.run(cmd, shell=True, check=False, timeout=300)


def describe_hooks(config):
    return {"upload_hook": bool(getattr(config, "upload_hook", None)), "argv": bool(getattr(config, "hook_argv", False))}


def hook_environment(path):
    env = dict(os.environ)
    env["PYPISERVER_PACKAGE"] = os.path.basename(path)
    return env
