"""Thin wrappers over subprocess used by every ops handler."""
import logging
import os
import subprocess

log = logging.getLogger("ops.shell")

DEFAULT_TIMEOUT = 60


def run_line(command: str, cwd=None, timeout=DEFAULT_TIMEOUT) -> str:
    """Run one shell line and return its output (stderr folded in)."""
    log.debug("run_line %s", command[:200])
    # expect: command-injection
    completed = subprocess.run(command, shell=True, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    return completed.stdout + completed.stderr


def run_argv(argv, cwd=None, timeout=DEFAULT_TIMEOUT) -> str:
    completed = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    return completed.stdout + completed.stderr


def popen_lines(command: str):
    # expect: command-injection
    with os.popen(command) as pipe:
        return pipe.read().splitlines()
