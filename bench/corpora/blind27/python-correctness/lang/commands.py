"""Builds argv lists for the packaging tool."""


def build_cmd(verbose):
    # expect: list-concat-ternary
    return ["pack", "--out", "dist"] + ["--verbose"] if verbose else ["--quiet"]


def upload_cmd(dry_run):
    base = ["twine", "upload"]
    # expect: list-concat-ternary
    args = ["--repository", "internal"] + ["--skip-existing"] if dry_run else []
    return base + args


def build_cmd_ok(verbose):
    return ["pack", "--out", "dist"] + (["--verbose"] if verbose else ["--quiet"])


def flags(verbose):
    return ["--verbose"] if verbose else ["--quiet"]
