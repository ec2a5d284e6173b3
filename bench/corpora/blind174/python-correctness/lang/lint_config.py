"""Default settings for the repository's pre-commit wrapper."""

DEFAULT_EXCLUDES = [
    ".git",
    ".venv",
    "node_modules",
    # expect: implicit-concat
    "build"
    "dist",
    "__pycache__",
]

CHECKS = {
    "python": ["ruff", "mypy", "pytest-quick"],
    "js": ["eslint", "prettier"],
    "docs": ["markdownlint", "vale"],
}

HELP_TEXT = {
    "python": "Runs ruff, then mypy on the changed packages, "
    "then the quick test suite.",
    "js": "Runs eslint and prettier on staged files.",
}

FILE_TYPES = {
    ".py",
    ".pyi",
    # expect: implicit-concat
    ".js" ".jsx",
    ".ts",
    ".tsx",
}

BANNER_LINES = [
    ("Pre-commit checks are running; "
     "use --no-verify only for emergencies."),
    "See docs/CONTRIBUTING.md for details.",
]


def excludes(extra=()):
    return [*DEFAULT_EXCLUDES, *extra]


def checks_for(kind):
    return CHECKS.get(kind, [])
