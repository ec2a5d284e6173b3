"""DICOM network helpers: C-ECHO to a remote node."""
import logging
import subprocess

logger = logging.getLogger(__name__)

OWN_AET = "OPENREM"


def echoscu(hostname, port, aetitle):
    cmd = f"echoscu -aet {OWN_AET} -aec {aetitle} {hostname} {int(port)}"
    # expect: command-injection
    result = subprocess.run(cmd, shell=True, capture_output=True, timeout=30)
    return result.returncode == 0


def echoscu_argv(hostname, port, aetitle):
    argv = ["echoscu", "-aet", OWN_AET, "-aec", aetitle, hostname, str(int(port))]
    result = subprocess.run(argv, capture_output=True, timeout=30)
    return result.returncode == 0


def node_summary(node):
    return {
        "name": node.name,
        "aetitle": node.aetitle,
        "hostname": node.hostname,
        "port": int(node.port),
    }


def echo_all(nodes):
    results = {}
    for node in nodes:
        results[node.name] = echoscu_argv(node.hostname, node.port, node.aetitle)
    return results
