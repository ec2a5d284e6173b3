"""os.system looked up by name and kept (`run = getattr(os, "system")`, `mod = __import__("os")`)
and then called with a built command is reported from the lookup (where Semgrep's match of the
pair starts) down to the call (where the command is built and a reviewer points): one finding
that covers both; a lookup at the module's top is named by the call alone."""

from __future__ import annotations

from postil.analyzers.checker import Checker
from postil.config import load_config

RULE = "python/security/shell-function-by-name"

MODULE = '''import os

SHELL = getattr(os, "popen")


def rotate(pattern, keep):
    run = getattr(os, "system")
    run("ls -1t %s | tail -n +%d | xargs -r rm --" % (pattern, keep + 1))


def restore(archive, dest):
    mod = __import__("os")
    mod.system("tar -xzf {} -C {}".format(archive, dest))


def usage(path):
    return SHELL("du -sh " + path).read()
'''


def test_a_looked_up_shell_call_is_reported_from_the_lookup_to_the_call(tmp_path):
    path = tmp_path / "backup.py"
    path.write_text(MODULE)
    lines = MODULE.splitlines()
    report = Checker(load_config(path)).check_file(path)
    found = sorted((f.span.start_line, f.span.end_line) for f in report.findings if f.rule == RULE)
    assert [(lines[start].strip(), lines[end].strip()) for start, end in found] == [
        ('run = getattr(os, "system")', 'run("ls -1t %s | tail -n +%d | xargs -r rm --" % (pattern, keep + 1))'),
        ('mod = __import__("os")', 'mod.system("tar -xzf {} -C {}".format(archive, dest))'),
        ('return SHELL("du -sh " + path).read()', 'return SHELL("du -sh " + path).read()'),
    ]
