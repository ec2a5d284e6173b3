"""Builds argument lists for the git, pytest and rsync wrappers used by the dev CLI."""
import subprocess


def git_log_args(short, since=None):
    # expect: operator-precedence
    args = ["git", "log", "--no-color"] + ["--oneline"] if short else ["--stat"]
    if since:
        args.append(f"--since={since}")
    return args


def git_diff_args(staged):
    return ["git", "diff"] + (["--cached"] if staged else [])


def pytest_args(paths, fail_fast, workers):
    # expect: operator-precedence
    cmd = ["python", "-m", "pytest", "-q"] + ["-x"] if fail_fast else ["--maxfail=50"]
    if workers > 1:
        cmd += ["-n", str(workers)]
    return cmd + list(paths)


def rsync_args(src, dest, dry_run):
    flags = ["-az", "--delete"] + (["--dry-run"] if dry_run else [])
    return ["rsync", *flags, src, dest]


def docker_args(image, gpu):
    # expect: operator-precedence
    return ["docker", "run", "--rm"] + ["--gpus", "all"] if gpu else [] + [image]


def run(args):
    return subprocess.run(args, check=True)


def lint_args(fix):
    base = ["ruff", "check", "."]
    extra = ["--fix"] if fix else ["--no-fix"]
    return base + extra
