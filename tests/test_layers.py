"""The layers stay apart: the import-linter contracts in pyproject.toml hold (lazy imports
inside functions count): the core imports nothing of postil above it, the analyzers, the
index and the gate never reach the LSP server, the CLI or pygls/lsprotocol, the rules know
nothing of the LLM reviewer or the index, retrieval never imports the indexer, the packages
import each other only downwards in the real order (core < config < rules < gate < index < LLM <
scan/review < server/CLI), and no two modules or packages of one folder import each other. An
exception (``ignore_imports``) is deleted once its import is gone: none is left unmatched."""

from __future__ import annotations

from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    monkeypatch.syspath_prepend(str(ROOT))
    exit_code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert exit_code == 0, report
    assert "0 broken" in report and report.count("KEPT") >= 6
    assert "no circle inside a folder KEPT" in report
    assert "scan/review < server/CLI KEPT" in " ".join(report.split())
    assert "No matches for ignored import" not in " ".join(report.split()), report
