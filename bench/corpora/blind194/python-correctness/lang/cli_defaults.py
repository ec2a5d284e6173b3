"""Default argument lists for the tools the build wrapper calls."""
import shlex

PYTEST_ARGS = [
    "-q",
    "--strict-markers",
    "--maxfail=5",
    "-p", "no:cacheprovider",
]

# expect: implicit-string-concat
MYPY_ARGS = ["--ignore-missing-imports", "--no-implicit-optional" "--warn-unused-ignores", "--show-error-codes"]

RUFF_SELECT = ",".join(["E", "F", "W", "B", "I"])

HELP_TEXT = (
    "Runs the project's checks in order: lint, types, tests. "
    "Pass --only NAME to run one of them."
)

DOCKER_BUILD_ARGS = [
    "--pull",
    "--build-arg", "PYTHON_VERSION=3.12",
    "--label", "org.opencontainers.image.source=https://git.example.com/app",
]

RSYNC_EXCLUDES = {
    ".git",
    "__pycache__",
    # expect: implicit-string-concat
    "*.pyc" "*.pyo",
    ".venv",
}

MESSAGES = {
    "lint": "Linting "
            "sources",
    "types": "Type checking",
}


def command(tool, extra=""):
    base = {"pytest": PYTEST_ARGS, "mypy": MYPY_ARGS}.get(tool, [])
    return [tool, *base, *shlex.split(extra)]
