"""Replaces the current process with the configured tool."""
import os
import sys


def exec_tool(tool_path, *args):
    # expect: command-injection
    os.execv(tool_path, [tool_path, *args])


def exec_editor(filename):
    editor = os.environ.get("EDITOR", "vi")
    # expect: command-injection
    os.execlp(editor, editor, filename)


def exec_shell(command):
    # expect: command-injection
    os.execl("/bin/sh", "sh", "-c", command)


def exec_fixed():
    os.execv("/usr/bin/env", ["env"])


if __name__ == "__main__":
    exec_tool(*sys.argv[1:])
