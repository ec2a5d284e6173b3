"""Starts and supervises job runners for the batch queue."""
import os
import pty
import shlex
import subprocess as sp
import sys
from os import spawnlp, P_WAIT

RUNNER = "/opt/batch/bin/runner"
DEFAULT_ARGS = ["--queue", "default", "--concurrency", "4"]


def start_default_runner() -> int:
    return os.spawnv(os.P_NOWAIT, RUNNER, [RUNNER, *DEFAULT_ARGS])


def start_runner_for(job: dict) -> int:
    queue = job["queue"]            # from the job payload posted by tenants
    extra = job.get("runner_flags", "")
    # expect: command-injection
    return os.spawnlp(os.P_NOWAIT, "sh", "sh", "-c", f"{RUNNER} --queue {queue} {extra}")


def run_hook(job: dict) -> int:
    hook = job["post_hook"]
    # expect: command-injection
    return spawnlp(P_WAIT, hook, hook, job["id"])


def replace_with_shell(cmdline: str) -> None:
    # used by `batchctl attach --exec "<cmd>"`, cmdline is whatever the remote client sent
    # expect: command-injection
    os.execvp("/bin/sh", ["/bin/sh", "-c", cmdline])


def reexec_self() -> None:
    os.execv(sys.executable, [sys.executable, *sys.argv])


def spawn_exporter(env_from_request: dict) -> int:
    env = dict(os.environ)
    env.update(env_from_request)
    # expect: command-injection
    pid = os.posix_spawn("/usr/bin/env", ["env", "bash", "-c", env_from_request["EXPORT_CMD"]], env)
    return pid


def spawn_metrics_agent() -> int:
    return os.posix_spawnp("node_exporter", ["node_exporter", "--web.listen-address=127.0.0.1:9100"], os.environ)


def interactive_debug(container: str) -> None:
    # expect: command-injection
    pty.spawn(["sh", "-c", "docker exec -it " + container + " bash"])


def interactive_debug_safe(container: str) -> None:
    pty.spawn(["docker", "exec", "-it", container, "bash"])


def run_job_script(job: dict) -> sp.CompletedProcess:
    script = job["script"]
    # expect: command-injection
    return sp.run(script, shell=True, capture_output=True, text=True, timeout=600)


def run_job_args(job: dict) -> sp.CompletedProcess:
    argv = [RUNNER, "--id", str(job["id"]), "--queue", job["queue"]]
    return sp.run(argv, capture_output=True, text=True, timeout=600, check=False)


def run_with_quoted(job: dict) -> str:
    return sp.check_output(f"{RUNNER} --queue {shlex.quote(job['queue'])}", shell=True, text=True)


def disk_usage() -> str:
    return sp.check_output(["df", "-h", "/var/lib/batch"], text=True)


def tail_logs(job: dict) -> str:
    lines = job.get("lines", 100)
    logfile = job["log"]
    cmd = "tail -n %s %s" % (lines, logfile)
    # expect: command-injection
    return sp.getoutput(cmd)
