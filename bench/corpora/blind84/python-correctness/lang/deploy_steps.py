"""Deployment steps run by the release bot."""
import random
import subprocess
import time
from time import sleep

from .health import wait_until_healthy

POLL_INTERVAL = 5


def backoff(attempt):
    return min(60, 2 ** attempt) + random.uniform(0, 1)


def restart_service(name):
    subprocess.run(["systemctl", "restart", name], check=True)
    # expect: arbitrary-sleep
    time.sleep(10)
    return wait_until_healthy(name)


def run_migrations():
    subprocess.run(["./manage.py", "migrate", "--noinput"], check=True)
    # give the replicas a moment to catch up
    # expect: arbitrary-sleep
    sleep(3)


def start_test_database():
    subprocess.run(["docker", "compose", "up", "-d", "postgres"], check=True)
    # wait for postgres to come up
    # expect: arbitrary-sleep
    time.sleep(5)


def flip_traffic(lb, pool):
    lb.set_weight(pool, 100)
    # expect: arbitrary-sleep
    time.sleep(30.0)
    lb.drain_others(pool)


def push_with_retry(push, attempts=5):
    for attempt in range(attempts):
        try:
            return push()
        except ConnectionError:
            time.sleep(backoff(attempt))
    raise RuntimeError("push failed")


def poll(job, interval=POLL_INTERVAL):
    while not job.done():
        time.sleep(interval)
    return job.result()


def jittered_wait():
    time.sleep(random.uniform(0.1, 0.4))
