"""os.system looked up by name and kept (`run = getattr(os, "system")`, `mod = __import__("os")`)
and then called with a built command is reported from the lookup (where Semgrep's match of the
pair starts) down to the call (where the command is built and a reviewer points): one finding
that covers both; a lookup at the module's top is named by the call alone."""

from __future__ import annotations

from postil.analyzers.checker import Checker
from postil.config import load_config

RULE = "python/security/shell-function-by-name"

MODULE = '''import os

PIPE_OPEN = getattr(os, "popen")


def restart_service(unit):
    runner = getattr(os, "system")
    return runner("systemctl restart " + unit) == 0


def archive_logs(folder):
    osmod = __import__("os")
    osmod.system(f"tar -czf /backups/logs.tgz {folder}")


def free_space(mount):
    return PIPE_OPEN("df -h " + mount).read()
'''


def test_a_looked_up_shell_call_is_reported_from_the_lookup_to_the_call(tmp_path):
    path = tmp_path / "backup.py"
    path.write_text(MODULE)
    lines = MODULE.splitlines()
    report = Checker(load_config(path)).check_file(path)
    found = sorted((f.span.start_line, f.span.end_line) for f in report.findings if f.rule == RULE)
    assert [(lines[start].strip(), lines[end].strip()) for start, end in found] == [
        ('runner = getattr(os, "system")', 'return runner("systemctl restart " + unit) == 0'),
        ('osmod = __import__("os")', 'osmod.system(f"tar -czf /backups/logs.tgz {folder}")'),
        ('return PIPE_OPEN("df -h " + mount).read()', 'return PIPE_OPEN("df -h " + mount).read()'),
    ]
