"""deploy: build, migrate and restart a service on this host."""
import argparse
import getopt
import os
import subprocess
import sys

SERVICES = {"api": "api.service", "worker": "worker.service"}


def run_hooks():
    hook = os.environ.get("POST_DEPLOY_HOOK")
    if hook:
        # expect: command-injection
        subprocess.run(hook, shell=True, check=True)


def build(args):
    # expect: command-injection
    subprocess.check_call(["bash", "-c", args.build_cmd])
    subprocess.check_call(["make", "-C", args.workdir, "build"])


def migrate(args):
    # expect: command-injection
    subprocess.run(["python", args.migrate_script], check=True)
    subprocess.run(["python", "manage.py", "migrate", "--noinput"], check=True)


def restart(service_key):
    unit = SERVICES[service_key]
    subprocess.run(["systemctl", "restart", unit], check=True)


def passthrough():
    # expect: command-injection
    return subprocess.call(sys.argv[2:])


def legacy_main(argv):
    opts, rest = getopt.getopt(argv, "e:s:", ["exec=", "service="])
    for opt, value in opts:
        if opt in ("-e", "--exec"):
            # expect: command-injection
            subprocess.Popen(["sh", "-c", value]).wait()
        elif opt in ("-s", "--service"):
            restart(value)
    return rest


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "exec":
        sys.exit(passthrough())
    parser = argparse.ArgumentParser(prog="deploy")
    parser.add_argument("--workdir", default=os.getcwd())
    parser.add_argument("--build-cmd", default="make build")
    parser.add_argument("--migrate-script", default="scripts/migrate.py")
    parser.add_argument("--service", choices=sorted(SERVICES), default="api")
    args = parser.parse_args()
    build(args)
    migrate(args)
    restart(args.service)
    run_hooks()
    try:
        subprocess.run(["git", "-C", args.workdir, "rev-parse", "HEAD"], check=True)
    except subprocess.CalledProcessError as exc:
        print(f"could not read revision: {exc}", file=sys.stderr)


if __name__ == "__main__":
    main()
