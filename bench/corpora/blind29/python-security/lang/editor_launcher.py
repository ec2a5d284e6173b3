"""Opens files in the user's editor and runs deploy hooks (desktop helper)."""
import os
import shutil

HOOKS_DIR = "/etc/deployer/hooks"


def open_in_editor(path):
    editor = os.environ.get("EDITOR", "vi")
    # expect: command-injection
    return os.spawnlp(os.P_WAIT, editor, editor, path)


def open_download(downloaded_path):
    # expect: command-injection
    os.startfile(downloaded_path)


def run_hook(name, args):
    prog = os.path.join(HOOKS_DIR, name)
    # expect: command-injection
    return os.posix_spawn(prog, [prog, *args], dict(os.environ))


def run_shell(cmd):
    # expect: command-injection
    return os.spawnv(os.P_NOWAIT, "/bin/sh", ["sh", "-c", cmd])


def run_post_hook(hook_line):
    # expect: command-injection
    return os.spawnl(os.P_WAIT, "/bin/bash", "bash", "-c", hook_line)


def noop():
    return os.spawnl(os.P_WAIT, "/usr/bin/true", "true")


def git_status():
    return os.spawnv(os.P_WAIT, "/usr/bin/git", ["git", "status", "--short"])


def has_editor():
    return shutil.which(os.environ.get("EDITOR", "vi")) is not None
