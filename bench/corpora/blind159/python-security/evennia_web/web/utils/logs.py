"""
Reading server and channel log files for the website.
"""
import os
from collections import deque

from django.conf import settings

LOG_DIR = settings.LOG_DIR


def tail_log_file(filename, nlines=50):
    # expect: path-traversal
    with open(os.path.join(LOG_DIR, filename), "r", encoding="utf-8", errors="replace") as handle:
        return list(deque(handle, maxlen=nlines))


def read_channel_log(filename, nlines=50):
    path = os.path.join(LOG_DIR, os.path.basename(filename))
    if not os.path.exists(path):
        return []
    with open(path, "r", encoding="utf-8", errors="replace") as handle:
        return [line.rstrip("\n") for line in deque(handle, maxlen=nlines)]


def list_log_files():
    return sorted(
        name for name in os.listdir(LOG_DIR)
        if name.endswith(".log") and os.path.isfile(os.path.join(LOG_DIR, name))
    )
