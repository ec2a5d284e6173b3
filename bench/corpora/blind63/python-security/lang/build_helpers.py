"""Helpers the release script uses to build and package the app."""
import shlex
import subprocess
import subprocess as sp
import sys
from pathlib import Path

PYTHON = sys.executable


def run_hook(command_line):
    # expect: command-injection
    return subprocess.Popen(command_line, shell=True, stdout=subprocess.PIPE)


def package(src_dir, dest):
    # expect: command-injection
    subprocess.call(f"tar czf {dest} -C {src_dir} .", shell=True)


def run_script(script_text):
    # expect: command-injection
    return sp.check_output(["bash", "-c", script_text], text=True)


def eval_in_venv(venv, snippet):
    interpreter = str(Path(venv) / "bin" / "python")
    # expect: command-injection
    return subprocess.run([interpreter, "-c", snippet], capture_output=True, text=True, check=True)


class Builder:
    def __init__(self, config):
        self.steps = config["steps"]

    def run_steps(self):
        for step in self.steps:
            # expect: command-injection
            subprocess.run(step.split(), check=True)


def git_revision():
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def clean():
    subprocess.run("rm -rf build dist *.egg-info", shell=True, check=True)


def lint(paths):
    try:
        subprocess.run(["ruff", "check", "--", *paths], check=True)
    except subprocess.CalledProcessError as exc:
        raise SystemExit(exc.returncode)


def quoted(path):
    return shlex.quote(path)
