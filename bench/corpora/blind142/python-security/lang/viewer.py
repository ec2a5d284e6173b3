"""Runs per-job tools configured in jobs.yml."""
import os

import yaml


def load_jobs(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)["jobs"]


def run_tool(job):
    tool = job["tool"]
    # expect: command-injection
    return os.spawnvp(os.P_WAIT, tool, [tool] + job.get("args", []))


def run_script(job):
    # expect: command-injection
    return os.spawnv(os.P_WAIT, "/bin/sh", ["-c", job["script"]])


def convert(job, src, dst):
    converter = job.get("converter", "convert")
    # expect: command-injection
    return os.spawnl(os.P_NOWAIT, converter, converter, src, dst)


def cleanup(tmpdir):
    return os.spawnl(os.P_WAIT, "/bin/rm", "rm", "-rf", "--", tmpdir)


def heartbeat():
    return os.spawnv(os.P_NOWAIT, "/bin/sh", ["-c", "touch /run/jobs.alive"])
