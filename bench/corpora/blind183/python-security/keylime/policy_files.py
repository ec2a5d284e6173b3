"""Runtime policies kept as files next to the verifier database."""
import json
import os
import re

from keylime import config

POLICY_DIR = config.get("verifier", "runtime_policy_dir", fallback="/var/lib/keylime/policies")
POLICY_NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def _policy_path(name: str) -> str:
    if not POLICY_NAME_RE.match(name) or name.startswith("."):
        raise ValueError("invalid runtime policy name")
    return os.path.join(POLICY_DIR, f"{name}.json")


def read_runtime_policy(name: str) -> dict | None:
    try:
        path = _policy_path(name)
    except ValueError:
        return None
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def export_runtime_policy(name: str, policy: str) -> str:
    """Keep a copy of each posted policy so operators can diff them on disk."""
    json.loads(policy)
    path = os.path.join(POLICY_DIR, name + ".json")
    os.makedirs(POLICY_DIR, mode=0o750, exist_ok=True)
    # expect: path-traversal
    with open(path, "w", encoding="utf-8") as f:
        f.write(policy)
    os.chmod(path, 0o640)
    return path
