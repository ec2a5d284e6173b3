"""`python/security/shell-function-by-name` (os.system looked up by name, then called) is sent only
to files holding the looked-up name quoted ('system', "popen2") or an `__import__(`: `getattr(` and
the bare word `system` (a library's `platform.system()`, `getattr(self, name)`) are in 38 of
SQLAlchemy's lib/ files, none of which can match. A file that looks the shell up still gets it."""

from __future__ import annotations

from pathlib import Path

from postil import scan
from postil.analyzers.rules.builtin_packs import builtin_rules_for
from postil.analyzers.rules.literal_prefilter import LiteralIndex, requirement_met
from tests.analyzers.rules.tree_scan import sent_documents

RULE = "python/security/shell-function-by-name"
LOOKUPS = {
    "double.py": 'import os\nrun = getattr(os, "system")\n\ndef deploy(branch):\n    return run("git checkout " + branch)\n',
    "single.py": "import os\n\ndef listing(folder):\n    shell = getattr(os, 'popen2')\n    return shell(f'ls {folder}')\n",
    "imported.py": 'def restart(service):\n    mod = __import__("os")\n    return mod.system("systemctl restart " + service)\n',
}
# `getattr(` and `system` apart, as a library holds them
OTHER = 'import platform\n\ndef dialect{n}(self, name):\n    impl = getattr(self, name)\n' \
        '    return impl(platform.system() + "{n}")\n'


def _rule():
    return next(r for r in builtin_rules_for("python") if r.id == RULE)


def test_the_rule_asks_for_the_looked_up_name_quoted():
    rule = _rule()
    index = LiteralIndex([rule])
    for text in LOOKUPS.values():
        assert requirement_met(rule.requirement, index.present(text))
    assert not requirement_met(rule.requirement, index.present(OTHER.format(n=1)))


def test_a_bulk_scan_sends_the_rule_to_the_lookups_alone_and_reports_them(tmp_path, monkeypatch):
    for name, text in LOOKUPS.items():
        (tmp_path / name).write_text(text)
    for n in range(scan._BULK_THRESHOLD):
        (tmp_path / f"other{n:03d}.py").write_text(OTHER.format(n=n))
    reports, sent = sent_documents(tmp_path, RULE, monkeypatch)
    [doc] = sent
    assert sorted(Path(name).name for name in doc["files"]) == sorted(LOOKUPS)
    assert {r.path.name for r in reports for f in r.findings if f.rule == RULE} == set(LOOKUPS)
