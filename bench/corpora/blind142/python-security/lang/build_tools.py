"""Release helpers: packaging, log search and custom build steps."""
import shlex
import subprocess

from .config import load_steps


def git_sha():
    return subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], text=True).strip()


def package(archive, src_dir):
    subprocess.run(["tar", "czf", archive, "-C", src_dir, "."], check=True)


def package_legacy(archive, src_dir):
    # expect: command-injection
    subprocess.call(f"tar czf {archive} {src_dir}", shell=True)


def grep_logs(pattern, logfile):
    # expect: command-injection
    return subprocess.check_output(["sh", "-c", "grep -n " + pattern + " " + logfile], text=True)


def grep_logs_safe(pattern, logfile):
    return subprocess.run(["grep", "-n", "--", pattern, logfile], capture_output=True, text=True).stdout


def run_custom_steps(project):
    for step in load_steps(project):
        # expect: command-injection
        subprocess.Popen(step["command"], shell=True).wait()


def run_checked(argv):
    try:
        subprocess.run(["make", "-C", argv[0], "dist"], check=True)
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"build failed: {shlex.join(exc.cmd)}")
