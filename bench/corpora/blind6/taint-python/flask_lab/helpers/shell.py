"""Shell helpers used by the admin views."""
import subprocess


def run_shell(command):
    # expect: command-injection-helper-sink
    return subprocess.check_output(command, shell=True, text=True)


def run_argv(argv):
    return subprocess.check_output(argv, text=True)
