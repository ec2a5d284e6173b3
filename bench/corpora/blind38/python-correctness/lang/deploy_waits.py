"""Waits used by the deploy script."""
import threading
import time
import time as clock
from time import sleep

from cluster import backoff_seconds, node_ready


def wait_for_node(node):
    while not node_ready(node):
        # expect: arbitrary-sleep
        time.sleep(5)


def settle():
    # expect: arbitrary-sleep
    sleep(0.5)


class Rollout:
    def __init__(self, nodes):
        self.nodes = nodes

    def run(self):
        for node in self.nodes:
            node.drain()
            # expect: arbitrary-sleep
            clock.sleep(30)
            node.upgrade()


def warm_up():
    # expect: arbitrary-sleep
    time.sleep(2 * 60)


def wait_with_backoff(node, attempt):
    time.sleep(backoff_seconds(attempt))
    return node_ready(node)


def wait_for_signal(event: threading.Event, timeout):
    return event.wait(timeout)
