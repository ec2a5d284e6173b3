"""Explain in the Neovim plugin (0.7 and 0.12): it explains the finding under the cursor, not
the function around it, and shows the same rendered Markdown whether asked by :PostilExplain or
by the "Explain this" code action (the server then shows it with window/showDocument)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from test_neovim_plugin import NVIMS, TWO_FIXES, editor  # noqa: F401 - the fixture

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "analyzers" / "llm"))
from fake_provider import FakeProvider, Reply

pytestmark = pytest.mark.slow  # real editors

EXPLANATION = "## Why this matters\n\nCompare with `is None`: <b>not</b> `==`.\n\nThe last line."


@pytest.fixture
def scenarios(monkeypatch):
    monkeypatch.setenv("POSTIL_EXTRA_SCENARIOS", str(HERE / "nvim" / "plugin_scenarios.lua"))


@pytest.fixture
def provider():
    fake = FakeProvider().start()
    yield fake
    fake.stop()


def config(fake: FakeProvider) -> str:
    return f'[llm]\nprovider = "openai-compatible"\nbase-url = "{fake.openai_url}"\nmodel = "test-model"\n'


def echo_finding(body: dict) -> Reply:
    """An explanation naming the finding the prompt asks about (or saying it was not told one)."""
    user = next((m["content"] for m in body.get("messages", []) if m.get("role") == "user"), "")
    asked = re.search(r"Explain this finding \(([^)]*)\) at line (\d+): (.*?)\. Why", str(user))
    text = f"{asked.group(1)} at line {asked.group(2)}: {asked.group(3)}" if asked else "no finding named"
    return Reply(payload={"markdown": text})


@NVIMS
def test_explain_explains_each_finding_not_the_function(editor, scenarios, provider, nvim):  # noqa: F811 - the fixture imported above
    provider.responder = echo_finding
    e = editor(nvim, "explain_each", source=TWO_FIXES, config=config(provider))
    answers = e.wait("explain_each.json")["answers"]
    assert [a["lnum"] for a in answers] == [1, 3]
    rule = "python/correctness/none-equality-comparison"
    first, second = (a["lines"] for a in answers)
    assert len(first) == 1 and first[0].startswith(f"{rule} at line 2: Comparison to `None`"), answers
    assert second == [first[0].replace("at line 2:", "at line 4:")], answers


@NVIMS
def test_the_explain_action_shows_the_whole_explanation_as_the_command_does(editor, scenarios, provider, nvim):  # noqa: F811 - the fixture imported above
    provider.responder = lambda body: Reply(payload={"markdown": EXPLANATION})
    e = editor(nvim, "explain_both_ways", config=config(provider))
    command, action = (a["lines"] for a in e.wait("explain_both_ways.json")["answers"])
    assert command == action
    assert "## Why this matters" in action and "The last line." in action, action


@NVIMS
def test_a_message_naming_markdown_opens_only_the_projects_own(editor, scenarios, monkeypatch, tmp_path, nvim):  # noqa: F811 - the fixture imported above
    # (the server names the file its explanation went to when the client cannot show documents)
    outside = tmp_path / "elsewhere" / ".postil" / "notes.md"
    outside.parent.mkdir(parents=True)
    outside.write_text("not the project's\n")
    inside = tmp_path / "demo" / ".postil" / "explain" / "demo-1-abcd.md"
    monkeypatch.setenv("POSTIL_TEST_OUTSIDE_MD", str(outside))
    monkeypatch.setenv("POSTIL_TEST_INSIDE_MD", str(inside))
    e = editor(nvim, "named_markdown")
    inside.parent.mkdir(parents=True)
    inside.write_text(EXPLANATION)
    seen = e.wait("named_markdown.json")
    assert seen["outside_shown"] is False
    assert "## Why this matters" in seen["lines"] and "The last line." in seen["lines"], seen
