"""Replaces the worker process with a queued job once setup is done.

Job specs arrive as JSON from the public jobs API (see api/jobs.py).
"""
import json
import os
import shutil
import sys

RUNTIMES = {"python": sys.executable, "node": shutil.which("node") or "/usr/bin/node"}
LOG_DIR = "/var/log/jobs"


def reexec_with_unbuffered_output():
    """Restart ourselves with -u so logs are not held in a buffer."""
    if os.environ.get("JOB_UNBUFFERED") == "1":
        return
    os.environ["JOB_UNBUFFERED"] = "1"
    os.execv(sys.executable, [sys.executable, "-u", *sys.argv])


def run_entrypoint(runtime, script, script_args):
    interpreter = RUNTIMES[runtime]
    os.execv(interpreter, [interpreter, script, *script_args])


def run_with_log(runtime, script, job_name):
    interpreter = RUNTIMES[runtime]
    # expect: command-injection
    os.execl("/bin/sh", "sh", "-c", f"exec {interpreter} {script} > {LOG_DIR}/{job_name}.log 2>&1")


def run_logged_safely(runtime, script, job_id):
    interpreter = RUNTIMES[runtime]
    fd = os.open(os.path.join(LOG_DIR, f"{int(job_id)}.log"), os.O_WRONLY | os.O_CREAT, 0o640)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.execv(interpreter, [interpreter, script])


def main(message: bytes):
    reexec_with_unbuffered_output()
    spec = json.loads(message)
    runtime = spec.get("runtime", "python")
    if runtime not in RUNTIMES:
        raise SystemExit(f"unknown runtime {runtime!r}")
    script = os.path.join("/srv/jobs/scripts", os.path.basename(spec["script"]))
    if spec.get("tool"):
        # expect: command-injection
        os.execvp(spec["tool"], [spec["tool"], script, *spec.get("args", [])])
    if spec.get("log_name"):
        run_with_log(runtime, script, spec["log_name"])
    if spec.get("job_id"):
        run_logged_safely(runtime, script, spec["job_id"])
    if spec.get("describe"):
        os.execlp("git", "git", "-C", "/srv/jobs", "describe", "--tags")
    run_entrypoint(runtime, script, [str(a) for a in spec.get("args", [])])


if __name__ == "__main__":
    main(sys.stdin.buffer.read())
