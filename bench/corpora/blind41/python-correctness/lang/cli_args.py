"""Build command lines for the deploy tool."""

BASE_FLAGS = ["--color=never", "--no-input"]


def deploy_args(env, dry_run):
    # expect: operator-precedence
    return ["deploy", env] + ["--verbose"] if dry_run else ["--quiet"]


def rsync_args(src, dst, delete=False):
    # expect: operator-precedence
    args = ["rsync", "-az"] + ["--delete"] if delete else []
    return args + [src, dst]


class Runner:
    def __init__(self, debug):
        self.debug = debug

    def pytest_args(self, paths):
        # expect: operator-precedence
        return ["pytest", "-q"] + ["--pdb"] if self.debug else ["-x"]


def deploy_args_fixed(env, dry_run):
    return ["deploy", env] + (["--verbose"] if dry_run else ["--quiet"])


def rsync_args_fixed(src, dst, delete=False):
    extra = ["--delete"] if delete else []
    return ["rsync", "-az"] + extra + [src, dst]
