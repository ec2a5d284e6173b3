"""The layers stay apart: the import-linter contracts in pyproject.toml hold (lazy imports
inside functions count): the core imports nothing of postil above it, the analyzers, the
index and the gate never reach the LSP server, the CLI or pygls/lsprotocol, the rules know
nothing of the LLM reviewer or the index, and retrieval never imports the indexer."""

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
    assert "0 broken" in report and report.count("KEPT") >= 4
