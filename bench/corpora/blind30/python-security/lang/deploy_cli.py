"""Command-line entry point that deploys a build to the web servers."""
import argparse
import os
import subprocess
import subprocess as sp
import sys

SERVICE_NAME = "webapp"
ENVIRONMENTS = ("staging", "production")


def run_hooks() -> None:
    # expect: command-injection
    subprocess.run(os.environ["DEPLOY_PRE_HOOK"], shell=True, check=True)


def notify() -> None:
    message_cmd = os.getenv("DEPLOY_NOTIFY_CMD", "true")
    # expect: command-injection
    sp.call(message_cmd, shell=True)


def sync(target: str) -> None:
    subprocess.run(["rsync", "-a", "--delete", "--", "build/", f"{target}:/srv/{SERVICE_NAME}/"], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description="deploy the current build")
    parser.add_argument("env", choices=ENVIRONMENTS)
    parser.add_argument("--post-cmd", default="")
    parser.add_argument("--host", required=True)
    args = parser.parse_args()

    revision = subprocess.run(["git", "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    subprocess.run(["kubectl", "config", "use-context", args.env], check=True)
    run_hooks()
    sync(args.host)
    if args.post_cmd:
        # expect: command-injection
        subprocess.check_call(["bash", "-c", args.post_cmd])
    subprocess.run(["systemctl", "restart", SERVICE_NAME], check=True)
    print("deployed", revision)
    notify()
    return 0


def legacy_main() -> None:
    target_dir = sys.argv[1]
    # expect: command-injection
    proc = subprocess.Popen(
        "tar czf /var/backups/site.tgz " + target_dir,
        shell=True,
    )
    proc.wait()


if __name__ == "__main__":
    sys.exit(main())
