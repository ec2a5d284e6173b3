"""Run the suricata binary in test mode against rules and rulesets."""

import os
import shlex
import subprocess
import tempfile

from django.conf import settings


def _config_path():
    return os.path.join(settings.SURICATA_CONFIG_DIR, "suricata.yaml")


def check_rule_syntax(content):
    """Write one rule to a temp file and ask suricata to parse it."""
    with tempfile.TemporaryDirectory(prefix="scirius-") as tmpdir:
        rule_file = os.path.join(tmpdir, "test.rules")
        with open(rule_file, "w") as f:
            f.write(content)
        proc = subprocess.run(
            [settings.SURICATA_BINARY, "-T", "-c", _config_path(), "-S", rule_file,
             "-l", tmpdir],
            capture_output=True, text=True, timeout=120,
        )
    errors = [line for line in proc.stderr.splitlines() if "E_" in line or "Error" in line]
    return proc.returncode == 0, errors


def check_ruleset_with_version(ruleset, version):
    """Export the ruleset and test it with the requested suricata version."""
    with tempfile.TemporaryDirectory(prefix="scirius-") as tmpdir:
        rules_file = os.path.join(tmpdir, "scirius.rules")
        ruleset.export_to_file(rules_file)
        # expect: command-injection
        proc = subprocess.run(f"/opt/suricata-{version}/bin/suricata -T -c {_config_path()} -S {rules_file} -l {tmpdir}", shell=True, capture_output=True, text=True, timeout=300)
    return {"status": proc.returncode == 0, "errors": proc.stderr.splitlines()[-20:]}


def suricata_build_info():
    """Fixed command: what the installed suricata was built with."""
    out = subprocess.run(f"{shlex.quote(settings.SURICATA_BINARY)} --build-info", shell=True,
                         capture_output=True, text=True, timeout=30)
    return out.stdout
