"""Config that silently did nothing now says so (issue 34): a ``select`` that leaves out the
rules the same config's ``rule-dirs`` adds or every model finding while a provider is
configured (once per run, in ``check`` and ``doctor``), ``.postil.toml`` beside a
``pyproject.toml`` with ``[tool.postil]`` (an error naming both), and binary files counted in
one line instead of named one by one."""

from __future__ import annotations

from pathlib import Path

NO_PRINT = ("id: no-print-in-library\nlanguage: python\nseverity: warning\nmessage: print in library code\n"
            "rule:\n  pattern: print($$$ARGS)\n")
SELECT = 'select = ["python", "secrets"]\nrule-dirs = ["rules"]\n'


def project(root: Path, config: str = SELECT, files: int = 3) -> Path:
    (root / ".git").mkdir(parents=True)
    (root / "rules").mkdir()
    (root / "rules" / "no-print.yml").write_text(NO_PRINT)
    (root / ".postil.toml").write_text(config)
    for n in range(files):
        (root / f"m{n}.py").write_text("print('hello')\n")
    return root


def provider_in_user_config(user_config_home: Path) -> None:
    """A provider the user configured for themselves (no trust needed, no call made by check)."""
    (user_config_home / "postil").mkdir()
    (user_config_home / "postil" / "config.toml").write_text('[llm]\nprovider = "openai"\n')


def test_check_says_once_that_select_leaves_out_the_rules_rule_dirs_adds(postil, tmp_path):
    root = project(tmp_path / "ws")
    done = postil("check", cwd=root)
    assert done.code == 0, done.stderr
    assert done.stderr.count("leaves out 1 rule(s) that rule-dirs adds") == 1, done.stderr
    assert "no-print-in-library" in done.stderr and str(root / ".postil.toml") in done.stderr
    (root / ".postil.toml").write_text('select = ["python", "secrets", "no-print"]\nrule-dirs = ["rules"]\n')
    selected = postil("check", cwd=root)
    assert "rule-dirs adds" not in selected.stderr
    assert selected.stdout.count("no-print-in-library") == 3  # now it runs


def test_check_and_doctor_say_once_that_select_drops_every_model_finding(postil, tmp_path, user_config_home):
    provider_in_user_config(user_config_home)
    root = project(tmp_path / "ws", 'select = ["python", "secrets"]\n')
    done = postil("check", cwd=root)
    assert done.stderr.count("keep no model finding (llm/*) while LLM provider openai is configured") == 1, done.stderr
    assert 'add "llm" to select' in done.stderr
    doctor = postil("doctor", "--no-call", cwd=root)
    assert doctor.stdout.count("keep no model finding (llm/*)") == 1, doctor.stdout
    assert any("keep no model finding" in n for n in postil("doctor", "--no-call", "--json", cwd=root).json["config_notes"])
    # a select that keeps the model's findings, or no provider at all: nothing to say
    (root / ".postil.toml").write_text('select = ["python", "secrets", "llm"]\n')
    assert "model finding" not in postil("check", cwd=root).stderr
    (user_config_home / "postil" / "config.toml").write_text("")
    (root / ".postil.toml").write_text('select = ["python", "secrets"]\n')
    assert "model finding" not in postil("check", cwd=root).stderr + postil("doctor", "--no-call", cwd=root).stdout


def test_doctor_says_select_leaves_out_the_rule_dirs_rules(postil, tmp_path):
    root = project(tmp_path / "ws")
    doctor = postil("doctor", "--no-call", cwd=root)
    assert doctor.stdout.count("leaves out 1 rule(s) that rule-dirs adds") == 1, doctor.stdout


def test_postil_toml_beside_pyproject_with_tool_postil_is_an_error_naming_both(postil, tmp_path):
    root = project(tmp_path / "ws", 'ignore = ["python/correctness"]\n')
    (root / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.postil]\nfail-on = "error"\n')
    for command in (("check",), ("doctor", "--no-call")):
        done = postil(*command, cwd=root)
        assert done.code == 2, (command, done.stdout, done.stderr)
        assert str(root / ".postil.toml") in done.stderr and str(root / "pyproject.toml") in done.stderr
        assert "both configure postil" in done.stderr
    # a pyproject.toml without [tool.postil] beside it is fine, as is naming one file with --config
    (root / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert postil("check", cwd=root).code == 0
    (root / "pyproject.toml").write_text('[tool.postil]\nfail-on = "error"\n')
    assert postil("check", "--config", ".postil.toml", cwd=root).code == 0


def test_binary_files_are_counted_in_one_line_and_json_keeps_each(postil, tmp_path):
    root = tmp_path / "ws"
    root.mkdir()
    (root / "app.py").write_text("x = 1\n")
    for name in ("logo.png", "icon.png", "font.woff2"):
        (root / name).write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "big.py").write_text("x = 1\n" * 400_000)  # over max-file-size: still named, with its reason
    text = postil("check", cwd=root).stdout
    assert "3 binary files skipped" in text, text
    assert not any(name in text for name in ("logo.png", "icon.png", "font.woff2"))
    assert "skipped big.py: larger than max-file-size" in text
    assert "1 file, 4 skipped" in text
    listed = postil("check", "--show-skipped", cwd=root).stdout
    assert all(f"skipped {name}: binary file" in listed for name in ("logo.png", "icon.png", "font.woff2"))
    skipped = {s["path"]: s["reason"] for s in postil("check", "--format", "json", cwd=root).json["summary"]["files_skipped"]}
    assert {p for p, r in skipped.items() if r == "binary file"} == {"logo.png", "icon.png", "font.woff2"}
