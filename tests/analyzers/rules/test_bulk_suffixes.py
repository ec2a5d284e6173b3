"""Every file suffix postil reads as a language is checked in a bulk scan too: ast-grep's CLI
knows fewer suffixes (`.pyw`), and a file it skipped lost its findings in trees of 64+ files
while a check of the same file alone reported them. Real ast-grep, the real scan."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.languages import EXTENSION_LANGUAGES
from postil.analyzers.rules import bulk

PYTHON = 'import os\n\n\ndef run(cmd):\n    os.system("ls " + cmd)\n    eval(cmd)\n'
JAVASCRIPT = 'function run(code) {\n  eval(code);\n}\n'
TEXTS = {"python": PYTHON, "javascript": JAVASCRIPT, "typescript": JAVASCRIPT, "tsx": JAVASCRIPT}


def _findings(root: Path, bulk_scan: bool, monkeypatch) -> list[tuple]:
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1 if bulk_scan else 10**9)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=bulk_scan)
    return sorted((str(r.path), f.span.start_line, f.rule) for r in result.reports for f in r.findings)


@pytest.mark.slow  # every suffix's files, checked in bulk and alone (~20 s)
def test_files_of_every_suffix_have_the_same_findings_in_bulk_as_alone(tmp_path, monkeypatch):
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    suffixes = [s for s, language in EXTENSION_LANGUAGES.items() if language in TEXTS]
    for suffix in suffixes:
        (tmp_path / f"module{suffix}").write_text(TEXTS[EXTENSION_LANGUAGES[suffix]])
    alone = _findings(tmp_path, bulk_scan=False, monkeypatch=monkeypatch)
    assert {Path(path).suffix for path, *_ in alone} == set(suffixes)
    assert _findings(tmp_path, bulk_scan=True, monkeypatch=monkeypatch) == alone
