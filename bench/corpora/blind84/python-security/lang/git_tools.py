"""Helpers behind the repository browser's "run" and "blame" buttons."""
import subprocess
import subprocess as sp
import sys

from .settings import REPO_ROOT


def run_user_command(request):
    cmd = request.json["command"]
    # expect: command-injection
    return subprocess.run(cmd, shell=True, cwd=REPO_ROOT, capture_output=True, text=True).stdout


def run_script(request):
    script = request.json["script"]
    # expect: command-injection
    return subprocess.check_output(["bash", "-c", script], cwd=REPO_ROOT)


def run_python_snippet(request):
    # expect: command-injection
    return sp.run([sys.executable, "-c", request.json["code"]], capture_output=True, timeout=10)


def run_check(request):
    checker = request.args.get("checker", "flake8")
    # expect: command-injection
    proc = subprocess.Popen(
        f"{checker} {REPO_ROOT}", shell=True, stdout=subprocess.PIPE,
    )
    return proc.communicate()[0]


def run_python_job(job):
    # expect: command-injection
    return subprocess.call(["python", job["script_path"], *job.get("args", [])])


def head_sha():
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True).stdout.strip()


def blame(path, line):
    return subprocess.check_output(
        ["git", "blame", "-L", f"{int(line)},{int(line)}", "--porcelain", "--", path], cwd=REPO_ROOT,
    )


def version():
    try:
        return subprocess.check_output(["git", "--version"], text=True).strip()
    except subprocess.CalledProcessError:
        return "unknown"
