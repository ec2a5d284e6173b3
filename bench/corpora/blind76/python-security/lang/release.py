"""release.py: tag, build and publish a release of the monorepo packages."""
import argparse
import getopt
import optparse
import os
import subprocess
import sys

REPO_ROOT = os.path.dirname(os.path.abspath(__file__))


def run_pre_release_hook():
    hook = os.environ.get("RELEASE_PRE_HOOK")
    if hook:
        # expect: command-injection
        subprocess.run(hook, shell=True, check=True, cwd=REPO_ROOT)


def tag(version):
    subprocess.run(["git", "tag", "-a", version, "-m", "release " + version], check=True)
    subprocess.run(["git", "push", "origin", "--", version], check=True)


def build(args):
    for package in args.packages:
        # expect: command-injection
        subprocess.check_call(["bash", "-c", "cd packages/%s && %s" % (package, args.build_cmd)])


def publish_legacy():
    parser = optparse.OptionParser(usage="%prog [options]")
    parser.add_option("--upload-cmd", dest="upload_cmd", default="twine upload dist/*")
    options, _ = parser.parse_args()
    # expect: command-injection
    proc = subprocess.Popen(options.upload_cmd.split(), stdout=subprocess.PIPE)
    return proc.communicate()[0]


def changelog_from_argv():
    since = sys.argv[2] if len(sys.argv) > 2 else "HEAD~50"
    cmd = "git log --oneline " + since + "..HEAD"
    # expect: command-injection
    return subprocess.check_output(cmd, shell=True, text=True)


def run_script():
    opts, rest = getopt.getopt(sys.argv[1:], "s:")
    for flag, value in opts:
        if flag == "-s":
            # expect: command-injection
            subprocess.call(["python", value])


def current_sha():
    return subprocess.check_output(["git", "rev-parse", "HEAD"], text=True).strip()


def main():
    parser = argparse.ArgumentParser(prog="release")
    parser.add_argument("version")
    parser.add_argument("packages", nargs="+")
    parser.add_argument("--build-cmd", default="python -m build")
    args = parser.parse_args()
    run_pre_release_hook()
    tag(args.version)
    build(args)
    print("released", args.version, "at", current_sha())


if __name__ == "__main__":
    main()
