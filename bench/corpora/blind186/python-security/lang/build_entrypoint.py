"""Container entry point for CI build jobs.

The job environment comes from the CI server; branch and merge request values are
whatever the author of the merge request typed.
"""
import os
import shutil
import sys

WORKDIR = "/workspace"


def _python() -> str:
    return shutil.which("python3") or "/usr/bin/python3"


def run_tests() -> None:
    os.chdir(WORKDIR)
    os.execv(_python(), [_python(), "-m", "pytest", "-q", "--junitxml=report.xml"])


def run_worker() -> None:
    queue = os.environ.get("WORKER_QUEUE", "default")
    os.execvp("celery", ["celery", "-A", "app.tasks", "worker", "-Q", queue, "--loglevel=info"])


def run_release_notes() -> None:
    branch = os.environ.get("CI_COMMIT_REF_NAME", "main")
    # expect: command-injection
    os.execlp("bash", "bash", "-c", f"git log --oneline origin/main..{branch} > release-notes.txt && cat release-notes.txt")


def run_lint_hook() -> None:
    title = os.environ["CI_MERGE_REQUEST_TITLE"]
    # expect: command-injection
    os.execv("/bin/sh", ["/bin/sh", "-c", "echo 'Linting: " + title + "' && make lint"])


def passthrough() -> None:
    """`docker run image -- cmd args...` runs the given command, like `exec "$@"`."""
    os.execvp(sys.argv[2], sys.argv[2:])


def run_shell_script() -> None:
    os.execl("/bin/sh", "/bin/sh", "-c", "make ci")


MODES = {"test": run_tests, "worker": run_worker, "notes": run_release_notes, "lint": run_lint_hook}


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--":
        passthrough()
    mode = os.environ.get("CI_JOB_MODE", "test")
    MODES.get(mode, run_shell_script)()
