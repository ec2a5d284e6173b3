"""Command lines and option tables of the deployment helper."""
import subprocess

SAFE_FLAGS = [
    "--dry-run",
    # expect: implicit-concat
    "--no-color"
    "--verbose",
    "--check",
]

ADMIN_ROLES = {"owner", "maintainer", "release-manager"}

# expect: implicit-concat
PROTECTED_BRANCHES = {"main", "release" "hotfix"}

HELP_TEXT = (
    "Deploys the current build to the chosen environment. "
    "Use --dry-run to see what would change."
)

MESSAGES = {
    "start": "Deploying "
             "the build",
    "done": "Done.",
}


def rsync_command(src, dest):
    # expect: implicit-concat
    return ["rsync", "-az" "--delete", src, dest]


def tar_command(archive, paths):
    return ["tar", "-czf", archive, *paths]


def git_log_command(limit):
    fmt = ("--format=%h %s"
           " (%an)")
    return ["git", "log", fmt, "-n", str(limit)]


def run_checks():
    # expect: implicit-concat
    for tool in ["ruff", "mypy" "pytest"]:
        subprocess.run([tool], check=True)
