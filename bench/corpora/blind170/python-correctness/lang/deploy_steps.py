"""Deploy script: build, migrate, restart. Meant to stop at the first failing step."""
import logging
import subprocess
import sys

log = logging.getLogger("deploy")

SERVICES = ["web", "worker", "scheduler"]


def build(tag):
    subprocess.check_call(["docker", "build", "-t", f"shop:{tag}", "."])


def migrate(tag):
    # a failed migration is silently ignored and the restart below goes ahead on the old schema
    # expect: unchecked-return
    subprocess.call(["docker", "run", "--rm", f"shop:{tag}", "python", "manage.py", "migrate", "--noinput"])


def restart(tag):
    for name in SERVICES:
        # expect: unchecked-return
        subprocess.call(["systemctl", "restart", f"shop-{name}@{tag}"])
    log.info("restarted %s", ", ".join(SERVICES))


def healthy():
    return subprocess.call(["curl", "-fsS", "http://127.0.0.1:8000/healthz"], stdout=subprocess.DEVNULL) == 0


def warm_cache():
    rc = subprocess.call(["docker", "exec", "shop-web", "python", "manage.py", "warm_cache"])
    if rc != 0:
        log.warning("cache warm-up failed with %s; continuing", rc)


def notify(tag):
    # best effort: chat notification failing must not fail the deploy
    subprocess.call(["notify-chat", f"deployed {tag}"], timeout=10)


def main(tag):
    build(tag)
    migrate(tag)
    restart(tag)
    if not healthy():
        log.error("health check failed after deploying %s", tag)
        return 1
    warm_cache()
    notify(tag)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
