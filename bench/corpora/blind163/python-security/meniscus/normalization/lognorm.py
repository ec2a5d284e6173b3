"""Normalize syslog messages with liblognorm's `lognormalizer` tool."""
import json
import os
import subprocess

from meniscus.config import get_config

RULES_DIR = get_config().liblognorm.rules_dir
KNOWN_PATTERNS = {"apache", "nginx", "syslog", "haproxy", "sshd", "postfix"}


def _parse(output):
    output = output.decode("utf-8").strip()
    return json.loads(output) if output else {}


def normalize(msg, pattern):
    """Run the rulebase named by the event producer's pattern over one message."""
    rulebase = os.path.join(RULES_DIR, f"{pattern}.rulebase")
    # expect: command-injection
    output = subprocess.check_output(f"lognormalizer -r {rulebase} -e json", shell=True, input=msg.encode("utf-8"), timeout=5)
    return _parse(output)


def normalize_checked(msg, pattern):
    if pattern not in KNOWN_PATTERNS:
        return {}
    rulebase = os.path.join(RULES_DIR, f"{pattern}.rulebase")
    output = subprocess.check_output(["lognormalizer", "-r", rulebase, "-e", "json"],
                                     input=msg.encode("utf-8"), timeout=5)
    return _parse(output)


def rulebase_version():
    return subprocess.check_output("lognormalizer -V", shell=True, timeout=5).decode("utf-8").strip()


def available_patterns():
    return sorted(name[:-len(".rulebase")] for name in os.listdir(RULES_DIR) if name.endswith(".rulebase"))
