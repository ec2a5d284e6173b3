"""Replace the current process with the configured service (container entrypoint)."""
import argparse
import os
import shlex
import sys


def parse():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hook", default="")
    parser.add_argument("--program", default="gunicorn")
    parser.add_argument("rest", nargs="*")
    return parser.parse_args()


def run_hook_then_exec(args):
    if args.hook:
        # expect: command-injection
        os.execl("/bin/sh", "sh", "-c", args.hook + " && exec " + " ".join(args.rest))


def exec_program(args):
    # expect: command-injection
    os.execvp(args.program, [args.program, *args.rest])


def exec_with_env(cmdline):
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    # expect: command-injection
    os.execve("/bin/bash", ["/bin/bash", "-c", cmdline], env)


def exec_custom_entry():
    entry = os.environ.get("SERVICE_ENTRY")
    if entry:
        argv = shlex.split(entry)
        # expect: command-injection
        os.execv(argv[0], argv)


def exec_default():
    os.execlp("gunicorn", "gunicorn", "--bind", "0.0.0.0:8000", "app.wsgi:application")


def exec_migrations():
    os.execv("/usr/local/bin/python", ["python", "manage.py", "migrate", "--noinput"])


if __name__ == "__main__":
    ns = parse()
    exec_custom_entry()
    run_hook_then_exec(ns)
    if ns.program == "migrate":
        exec_migrations()
    elif len(sys.argv) > 1:
        exec_program(ns)
    exec_default()
