"""The Neovim plugin in real headless Neovims (0.7 and 0.12, as test_neovim_plugin.py drives
them) with an LLM provider configured: a light bulb's cancelled code actions while the server
starts do not keep the quick-fix menu from opening; keys typed while a slow model explains land
at once; a failing provider is said in one plain line."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from test_emacs_no_wait import asks_to_explain, failing_explain
from test_neovim_explain_findings import config
from test_neovim_plugin import NVIMS, RULE, TWO_FIXES, editor  # noqa: F401 - the fixture

from tests.analyzers.llm.fake_provider import Reply

pytestmark = pytest.mark.slow  # real editors

HERE = Path(__file__).parent

EXPLANATION = "## Why this matters\n\nCompare with `is None`, not `==`."
TYPED = "zqx typed meanwhile"
WAIT = 60  # seconds a wait for the provider may take before the test gives up


@pytest.fixture
def scenarios(monkeypatch):
    monkeypatch.setenv("POSTIL_EXTRA_SCENARIOS", str(HERE / "nvim" / "no_wait_scenarios.lua"))
    monkeypatch.setenv("POSTIL_TEST_TYPED", TYPED)


@NVIMS
def test_the_quick_fix_menu_opens_after_a_storm_of_cancelled_code_actions(editor, scenarios, fake, nvim):  # noqa: F811 - the fixture imported above
    # 60 code actions, each cancelled as the cursor moves on, from the moment the client attaches
    # (before the server has loaded its LLM settings); then the menu at the first finding.
    e = editor(nvim, "storm", source=TWO_FIXES, config=config(fake))
    menu = e.wait("storm.json")
    print(f"{menu['cancelled']} cancelled code actions; then the quick-fix menu in {menu.get('ms')} ms")
    assert menu["titles"] is not None, f"no quick-fix menu within the scenario's bound: {menu}"
    assert f"postil ({RULE}): ignore on this line" in menu["titles"], menu
    assert any(t.startswith(f"postil ({RULE}): ") and "ignore" not in t for t in menu["titles"]), menu  # the rule's own fix


@NVIMS
def test_keys_typed_while_a_slow_model_explains_land_and_the_explanation_shows(editor, scenarios, fake, nvim):  # noqa: F811 - the fixture imported above
    fake.responder = lambda body: Reply(payload={"markdown": EXPLANATION}, hold=asks_to_explain(body))
    e = editor(nvim, "explain_typing", config=config(fake))
    deadline = time.monotonic() + WAIT
    while not any(asks_to_explain(r.body) for r in fake.received) and time.monotonic() < deadline:
        time.sleep(0.05)  # polling what the provider received, bounded
    assert any(asks_to_explain(r.body) for r in fake.received), "the explanation was never asked for"
    (e.out / "typenow").write_text("")  # the model holds the question: the user types
    typed = e.wait("typed.json")
    assert not fake.release.is_set() and typed["lines"][-1] == TYPED and typed["explained"] is False, typed
    fake.release.set()
    explained = e.wait("explained.json")
    assert "## Why this matters" in explained["lines"], explained


@NVIMS
def test_a_fake_answering_500_is_said_in_one_plain_line(editor, scenarios, fake, nvim):  # noqa: F811 - the fixture imported above
    fake.responder = failing_explain
    e = editor(nvim, "explain_fails", config=config(fake))
    said = e.wait("explain_fails.json")
    errors = [m["message"] for m in said["notified"] if m["level"] == 4]  # vim.log.levels.ERROR
    errors += [line for line in said["logged"].splitlines() if "fail" in line.lower()]  # 0.7: showMessage -> :messages
    assert len(errors) == 1 and "\n" not in errors[0].strip(), said
    everything = json.dumps(said)
    for word in ("ProviderError", "Traceback", "-32603", "postil.analyzers", "Exception"):
        assert word not in everything, said
    assert "Explain failed" in errors[0] and "500" in errors[0], said
