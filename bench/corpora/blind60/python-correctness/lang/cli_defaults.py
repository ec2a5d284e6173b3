"""Defaults for the `deployctl` command line: flags, hosts and file patterns."""
import argparse

DEFAULT_FLAGS = [
    "--no-input",
    # expect: implicit-concatenation
    "--verbose"
    "--color=never",
    "--parallel=4",
]

TRUSTED_HOSTS = {
    "deploy.internal.example.com",
    # expect: implicit-concatenation
    "artifacts.internal.example.com"
    "registry.internal.example.com",
}

HELP_TEXT = {
    "push": "Push the build to the artifact store "
            "and tag it with the current commit.",
    "rollback": "Return to the previous release.",
}


class Ignore:
    patterns = [
        "*.pyc",
        "__pycache__/",
        # expect: implicit-concatenation
        ".mypy_cache/" ".pytest_cache/",
        "*.egg-info/",
    ]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="deployctl")
    parser.add_argument(
        "--stage",
        # expect: implicit-concatenation
        choices=["dev", "staging" "prod"],
        default="dev",
    )
    parser.add_argument(
        "--message",
        default=(
            "Automated deploy from CI; "
            "see the pipeline log for details."
        ),
    )
    return parser


def env_names(stage: str) -> list:
    names = ["api", "worker", "scheduler"]
    return names if stage == "prod" else [f"{stage}-{n}" for n in names]


def extra_files() -> tuple:
    return (
        "README.md",
        "CHANGELOG.md",
    )
