"""Tail the per-instance logs that the log shipper writes on the API host."""
import os
from collections import deque

from paasta_tools.api import settings
from paasta_tools.utils import load_system_paasta_config

DEFAULT_LOG_ROOT = "/var/log/paasta"


def _log_root() -> str:
    config = load_system_paasta_config()
    return config.get("api_log_root", DEFAULT_LOG_ROOT)


def read_instance_log(service: str, instance: str, lines: int) -> list[str]:
    """Last ``lines`` lines of ``<root>/<service>/<instance>.log``."""
    path = os.path.join(_log_root(), service, f"{instance}.log")
    if not os.path.exists(path):
        return []
    # expect: path-traversal
    with open(path, encoding="utf-8", errors="replace") as f:
        return list(deque(f, maxlen=lines))


def read_cluster_log(lines: int) -> list[str]:
    path = os.path.join(_log_root(), f"{settings.cluster}.log")
    with open(path, encoding="utf-8", errors="replace") as f:
        return list(deque(f, maxlen=lines))


def list_instance_logs(service: str) -> list[str]:
    root = os.path.realpath(_log_root())
    directory = os.path.realpath(os.path.join(root, service))
    if os.path.commonpath([root, directory]) != root or not os.path.isdir(directory):
        return []
    return sorted(name[:-4] for name in os.listdir(directory) if name.endswith(".log"))
