"""Entry point of the worker container: picks the process to exec from env and argv."""
import argparse
import os
import shutil
import sys

DEFAULT_WORKER = "/app/bin/worker"


def run_pre_start():
    hook = os.environ.get("PRE_START_HOOK")
    if hook:
        pid = os.fork()
        if pid == 0:
            # expect: command-injection
            os.execl("/bin/sh", "/bin/sh", "-c", hook)
        os.waitpid(pid, 0)


def exec_wrapped(argv):
    """Runs the worker through a login shell so profile.d exports apply."""
    wrapper = os.environ.get("WORKER_CMD", DEFAULT_WORKER)
    # expect: command-injection
    os.execlp("sh", "sh", "-lc", "exec " + wrapper + " " + " ".join(argv))


def main():
    parser = argparse.ArgumentParser(description="worker launcher")
    parser.add_argument("--binary", default=DEFAULT_WORKER)
    parser.add_argument("--wrapped", action="store_true")
    parser.add_argument("extra", nargs="*")
    args = parser.parse_args()
    run_pre_start()
    if args.wrapped:
        exec_wrapped(sys.argv[2:])
    if os.environ.get("WORKER_OVERRIDE"):
        # expect: command-injection
        os.execvp(os.environ["WORKER_OVERRIDE"], [os.environ["WORKER_OVERRIDE"]] + args.extra)
    os.execv(DEFAULT_WORKER, [DEFAULT_WORKER, "--concurrency", os.environ.get("CONCURRENCY", "4")] + args.extra)


def exec_fixed_worker():
    os.execv(DEFAULT_WORKER, [DEFAULT_WORKER, "--concurrency", "4"])


def exec_shell():
    bash = shutil.which("bash") or "/bin/sh"
    os.execl(bash, bash, "-l")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "fixed":
        exec_fixed_worker()
    main()
