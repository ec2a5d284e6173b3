"""A one-shot ``postil search`` of an index as it is (issue 34: ~400 ms wall on a loaded machine
where the search itself is ~20 ms): opening the index checks once that git did not put
``.postil/`` there (a git run, ~25 ms wall under load), not once per step of opening it, and not
at all while git's index is the one that said so when the index was built."""

from __future__ import annotations

import json
import subprocess

from postil import cli


def test_a_one_shot_search_asks_git_nothing_when_its_index_is_unchanged(workspace, monkeypatch, capsys):
    subprocess.run(["git", "init", "-q"], cwd=workspace, check=True)
    monkeypatch.chdir(workspace)
    assert cli.main(["index", "--quiet"]) == 0
    capsys.readouterr()
    asked = []
    run = subprocess.run
    monkeypatch.setattr(subprocess, "run", lambda command, *a, **k: asked.append(command) or run(command, *a, **k))
    assert cli.main(["search", "--no-update", "--json", "round_cents"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["path"] == "app/money.py"
    assert not [command for command in asked if "ls-files" in command], asked
    subprocess.run(["git", "add", "-A"], cwd=workspace, check=True)  # git's index changed: asked once
    asked.clear()
    assert cli.main(["search", "--no-update", "--json", "round_cents"]) == 0
    assert len([command for command in asked if "ls-files" in command]) == 1, asked


def test_the_index_masks_the_secret_rules_the_project_adds_and_only_those(workspace):
    from postil.config import clear_config_cache
    from postil.rag.indexer import WorkspaceIndex

    assert WorkspaceIndex.from_config(workspace).gate.secret_detectors == ()
    clear_config_cache()
    (workspace / ".postil.toml").write_text('[[secret-rules]]\nid = "acme-tenant"\nregex = "ACMEID-[a-z]{20}"\n'
                                            'keywords = ["acmeid-"]\n')
    [detector] = WorkspaceIndex.from_config(workspace).gate.secret_detectors
    assert detector.rule == "secrets/custom/acme-tenant"
