"""Release tasks run by the CI helper (`python -m tools.build_tasks`)."""
import argparse
import subprocess
from subprocess import PIPE, Popen as Spawn


def checkout(ref: str):
    cmd = f"git fetch origin && git checkout {ref}"
    # expect: command-injection
    subprocess.run(cmd, shell=True, check=True)


def changelog(since_tag):
    # expect: command-injection
    return subprocess.check_output(f"git log --oneline {since_tag}..HEAD", shell=True, text=True)


class Packager:
    def __init__(self, out_dir):
        self.out_dir = out_dir

    def build(self, version):
        # expect: command-injection
        proc = Spawn("python -m build --outdir " + self.out_dir + " -C version=" + version, shell=True, stdout=PIPE)
        return proc.communicate()[0]


RUN_OPTS = {"shell": True, "check": True}


def upload(dist_path, repo_url):
    # expect: command-injection
    subprocess.run(
        "twine upload --repository-url %s %s" % (repo_url, dist_path),
        **RUN_OPTS,
    )


def checkout_safe(ref: str):
    subprocess.run(["git", "fetch", "origin"], check=True)
    subprocess.run(["git", "checkout", ref], check=True)


def clean():
    subprocess.run("rm -rf build dist *.egg-info", shell=True, check=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ref")
    args = parser.parse_args()
    checkout(args.ref)
    print(subprocess.run(["git", "describe", "--tags"], capture_output=True, text=True, shell=False).stdout)
