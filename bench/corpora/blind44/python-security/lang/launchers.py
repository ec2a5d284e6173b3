"""Launch editors, viewers and hook scripts from the desktop sync client."""
import os
import shlex

HOOK_SHELL = "/bin/sh"


def open_in_editor(path):
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR", "vi")
    # expect: command-injection
    return os.spawnvp(os.P_WAIT, editor, [editor, path])


def run_hook(hook_line):
    # expect: command-injection
    os.spawnv(os.P_NOWAIT, HOOK_SHELL, ["sh", "-c", hook_line])


def run_hook_l(hook_line):
    # expect: command-injection
    os.spawnl(os.P_WAIT, "/bin/bash", "bash", "-c", hook_line)


class Viewer:
    def __init__(self, viewer_binary):
        self.viewer = viewer_binary

    def show(self, document):
        # expect: command-injection
        return os.posix_spawn(self.viewer, [self.viewer, document], dict(os.environ))


def open_with_default_app(filename):
    # expect: command-injection
    os.startfile(filename)


def sync_now():
    return os.spawnl(os.P_WAIT, "/usr/bin/rsync", "rsync", "-a", "/home/me/docs/", "/mnt/backup/docs/")


def notify_done():
    os.spawnv(os.P_NOWAIT, "/usr/bin/notify-send", ["notify-send", "Sync", "finished"])


def quoted_hook(name):
    return "run-hook " + shlex.quote(name)
