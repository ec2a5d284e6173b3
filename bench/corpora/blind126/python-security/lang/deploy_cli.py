"""deploy: build and roll out a service from the command line or CI."""
import argparse
import os
import subprocess
import sys

HOOK = os.environ.get("PRE_DEPLOY_HOOK", "")


def main():
    parser = argparse.ArgumentParser(prog="deploy")
    parser.add_argument("service")
    parser.add_argument("--branch", default="main")
    parser.add_argument("--tag")
    args = parser.parse_args()

    # expect: command-injection
    subprocess.run(f"git fetch origin {args.branch} && git checkout {args.branch}", shell=True, check=True)
    subprocess.run(["git", "rev-parse", "--verify", "--", args.branch], check=True)
    image = f"registry.internal/{args.service}:{args.tag or 'latest'}"
    subprocess.run(["docker", "build", "-t", image, "."], check=True)
    if HOOK:
        # expect: command-injection
        subprocess.call(["sh", "-c", HOOK])
    # expect: command-injection
    subprocess.check_call("kubectl rollout restart deployment/" + sys.argv[1], shell=True)
    subprocess.run(["kubectl", "rollout", "status", f"deployment/{args.service}"], check=True)


def version():
    return subprocess.check_output(["git", "describe", "--tags"], text=True).strip()


if __name__ == "__main__":
    main()
