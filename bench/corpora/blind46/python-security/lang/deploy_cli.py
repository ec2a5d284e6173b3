"""deploy: command-line front end for the release scripts."""
import argparse
import getopt
import optparse
import os
import subprocess
import sys


def checkout(argv=None):
    parser = argparse.ArgumentParser(prog="deploy checkout")
    parser.add_argument("branch")
    args = parser.parse_args(argv)
    # expect: command-injection
    subprocess.run(f"git fetch origin && git checkout {args.branch}", shell=True, check=True)


def pre_hook():
    hook = os.environ.get("DEPLOY_PRE_HOOK", "")
    if hook:
        # expect: command-injection
        subprocess.call(hook, shell=True)


def migrate():
    target = sys.argv[2] if len(sys.argv) > 2 else "head"
    # expect: command-injection
    subprocess.check_call(["bash", "-c", "alembic upgrade " + target])


def notify():
    parser = optparse.OptionParser()
    parser.add_option("-c", "--channel", dest="channel", default="#deploys")
    opts, _ = parser.parse_args()
    cmd = "slack-notify --channel %s 'deploy finished'" % opts.channel
    # expect: command-injection
    subprocess.Popen(cmd, shell=True).wait()


def run_task():
    opts, rest = getopt.getopt(sys.argv[1:], "t:", ["task="])
    for flag, value in opts:
        if flag in ("-t", "--task"):
            # expect: command-injection
            subprocess.run(["python", value], check=True)


def tag_release(argv=None):
    parser = argparse.ArgumentParser(prog="deploy tag")
    parser.add_argument("version")
    args = parser.parse_args(argv)
    subprocess.run(["git", "tag", "-a", "v" + args.version, "-m", "release"], check=True)


def status():
    subprocess.run(["git", "status", "--short"], check=True)
    subprocess.run("kubectl get pods -n web", shell=True, check=True)
