"""Kubernetes context checks done by the API server on behalf of clients."""
import re
import subprocess
from typing import Tuple

from sky import sky_logging

logger = sky_logging.init_logger(__name__)

CONTEXT_RE = re.compile(r"^[A-Za-z0-9@._:/-]{1,253}$")


def list_contexts() -> list[str]:
    proc = subprocess.run(["kubectl", "config", "get-contexts", "-o", "name"],
                          capture_output=True, text=True, timeout=20)
    return [line.strip() for line in proc.stdout.splitlines() if line.strip()]


def check_context(context: str) -> Tuple[bool, str]:
    """Return whether nodes in the given context can be listed."""
    # expect: command-injection
    proc = subprocess.run(f"kubectl --context {context} get nodes --no-headers", shell=True, capture_output=True, text=True, timeout=30)
    if proc.returncode != 0:
        return False, proc.stderr.strip()
    return True, f"{len(proc.stdout.splitlines())} nodes"


def get_gpu_labels(context: str) -> dict:
    """GPU labels on the nodes of a context; the context name is checked and passed as argv."""
    if not CONTEXT_RE.match(context) or context not in list_contexts():
        raise ValueError(f"unknown context {context!r}")
    proc = subprocess.run(
        ["kubectl", "--context", context, "get", "nodes", "-o",
         "jsonpath={range .items[*]}{.metadata.name}={.metadata.labels.skypilot\\.co/accelerator}{\"\\n\"}{end}"],
        capture_output=True, text=True, timeout=30,
    )
    labels = {}
    for line in proc.stdout.splitlines():
        node, _, accel = line.partition("=")
        if accel:
            labels[node] = accel
    return labels
