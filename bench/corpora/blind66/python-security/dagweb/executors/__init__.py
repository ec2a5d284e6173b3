"""Executors that run task commands on the webserver host."""
import logging
import subprocess

from dagweb import settings

log = logging.getLogger(__name__)


class LocalExecutor:
    def __init__(self):
        self.queued = []

    def queue_command(self, command):
        self.queued.append(command)
        subprocess.Popen(command, close_fds=True)

    def run_now(self, command_str):
        log.info("Running task command locally")
        # expect: command-injection
        return subprocess.check_call(command_str, shell=True, close_fds=True)


def get_default_executor():
    if settings.EXECUTOR == "LocalExecutor":
        return LocalExecutor()
    raise ValueError(f"Unknown executor {settings.EXECUTOR}")
