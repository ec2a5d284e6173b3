# library: os (spawn*/exec* family)
"""Process launcher used by the plugin host."""
import os
import sys


def run_plugin(plugin_cmd):
    # expect: command-injection
    return os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", plugin_cmd)


def run_plugin_args(plugin_path, *args):
    return os.spawnv(os.P_WAIT, plugin_path, [plugin_path, *args])


def exec_hook(hook_line):
    # expect: command-injection
    os.execlp("bash", "bash", "-c", hook_line)


def exec_python(script_path):
    os.execv(sys.executable, [sys.executable, script_path])


def restart_self():
    os.execv(sys.argv[0], sys.argv)
