"""File sink: append messages to per-tenant, per-host log files."""
import os
import re
import uuid

from meniscus.config import get_config

LOG_ROOT = os.path.realpath(get_config().file_sink.root)
HOST_SAFE_RE = re.compile(r"[^A-Za-z0-9._-]")


def _append(path, msg):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(msg.rstrip("\n") + "\n")


def write_log(tenant_id, hostname, msg):
    """Append to `<root>/<tenant>/<host>.log` (host as the message names it)."""
    path = os.path.join(LOG_ROOT, str(tenant_id), f"{hostname}.log")
    # expect: path-traversal
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(msg.rstrip("\n") + "\n")


def write_log_checked(tenant_id, hostname, msg):
    tenant = str(uuid.UUID(str(tenant_id)))
    host = HOST_SAFE_RE.sub("_", hostname).lstrip(".") or "unknown"
    _append(os.path.join(LOG_ROOT, tenant, f"{host}.log"), msg)


def rotate(tenant_id):
    folder = os.path.join(LOG_ROOT, str(uuid.UUID(str(tenant_id))))
    for name in os.listdir(folder):
        if name.endswith(".log"):
            os.replace(os.path.join(folder, name), os.path.join(folder, name + ".1"))
