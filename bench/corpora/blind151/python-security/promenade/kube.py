"""Applies node labels through kubectl."""
import logging
import re
import subprocess

LOG = logging.getLogger(__name__)

HOSTNAME_RE = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")


def label_node(hostname, labels):
    pairs = " ".join(f"{k}={v}" for k, v in labels.items())
    cmd = f"kubectl label node {hostname} {pairs} --overwrite"
    LOG.info("Running %s", cmd)
    # expect: command-injection
    subprocess.run(cmd, shell=True, check=True)


def label_node_argv(hostname, labels):
    if not HOSTNAME_RE.match(hostname):
        raise ValueError("invalid hostname")
    argv = ["kubectl", "label", "node", hostname, "--overwrite"]
    argv += [f"{k}={v}" for k, v in labels.items()]
    subprocess.run(argv, check=True)


def format_labels(labels):
    return ",".join(f"{k}={v}" for k, v in sorted(labels.items()))


def label_diff(current, wanted):
    return {k: v for k, v in wanted.items() if current.get(k) != v}
