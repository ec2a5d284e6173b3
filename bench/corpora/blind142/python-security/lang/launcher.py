"""Opens files in the user's tools from the command line."""
import argparse
import os
import sys

VIEWERS = {"pdf": "evince", "png": "eog", "txt": "less"}


def open_with_editor():
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--editor", default="vi")
    args = parser.parse_args()
    # expect: command-injection
    return os.spawnvp(os.P_WAIT, args.editor, [args.editor, args.path])


def run_wrapped():
    # expect: command-injection
    return os.spawnv(os.P_WAIT, sys.argv[1], sys.argv[1:])


def notify(message):
    notifier = os.environ.get("NOTIFY_CMD", "notify-send")
    # expect: command-injection
    os.spawnlp(os.P_NOWAIT, notifier, notifier, message)


def view(path):
    ext = path.rsplit(".", 1)[-1]
    viewer = VIEWERS.get(ext, "less")
    return os.spawnlp(os.P_WAIT, viewer, viewer, path)


def sync(src, dst):
    return os.spawnlp(os.P_WAIT, "rsync", "rsync", "-a", "--", src, dst)
