"""Wrapper script: replaces itself with the configured worker process."""
import argparse
import logging
import os
import shutil
import sys

log = logging.getLogger("exec-wrapper")

DEFAULT_WORKER = "/opt/app/bin/worker"


def exec_from_argv():
    if len(sys.argv) < 2:
        sys.exit("usage: exec_wrapper PROGRAM [ARGS...]")
    # expect: command-injection
    os.execvp(sys.argv[1], sys.argv[1:])


def exec_from_env():
    program = os.environ.get("WORKER_BIN", DEFAULT_WORKER)
    # expect: command-injection
    os.execl(program, program, "--queue", os.environ.get("WORKER_QUEUE", "default"))


def exec_from_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shell-cmd", required=True)
    args = parser.parse_args()
    # expect: command-injection
    os.execlp("sh", "sh", "-c", args.shell_cmd)


def exec_default():
    os.execv(DEFAULT_WORKER, [DEFAULT_WORKER, "--queue", "default"])


def exec_checked():
    name = os.environ.get("WORKER_NAME", "worker")
    if name not in {"worker", "scheduler", "mailer"}:
        sys.exit(f"unknown worker: {name}")
    path = shutil.which(name, path="/opt/app/bin")
    if path is None:
        sys.exit(f"{name} not installed")
    os.execv(path, [path, "--queue", os.environ.get("WORKER_QUEUE", "default")])


def main():
    logging.basicConfig(level=logging.INFO)
    mode = os.environ.get("EXEC_MODE", "default")
    log.info("exec mode %s", mode)
    if mode == "checked":
        exec_checked()
    exec_default()


if __name__ == "__main__":
    main()
