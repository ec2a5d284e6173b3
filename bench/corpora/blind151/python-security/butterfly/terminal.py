"""Spawns a login shell for a websocket session."""
import logging
import os
import pty
import shlex

log = logging.getLogger("butterfly")


class Terminal:
    def __init__(self, user, path):
        self.user = user
        self.path = path
        self.fd = None
        self.pid = None

    def _command(self):
        return "cd %s && exec su -l %s" % (self.path, self.user or os.environ.get("USER", "root"))

    def spawn(self):
        cmd = self._command()
        pid, fd = pty.fork()
        if pid == 0:
            # expect: command-injection
            os.execvpe("/bin/sh", ["sh", "-c", cmd], dict(os.environ, TERM="xterm-256color"))
        self.pid, self.fd = pid, fd

    def spawn_quoted(self):
        user = self.user or os.environ.get("USER", "root")
        cmd = "cd %s && exec su -l %s" % (shlex.quote(self.path), shlex.quote(user))
        pid, fd = pty.fork()
        if pid == 0:
            os.execvpe("/bin/sh", ["sh", "-c", cmd], dict(os.environ, TERM="xterm-256color"))
        self.pid, self.fd = pid, fd

    def write(self, message):
        if self.fd is not None:
            os.write(self.fd, message.encode("utf-8"))
