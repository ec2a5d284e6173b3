""""Make this a rule" when the model proposes a rule the workspace gets it stuck on (a branch
super-linear on a set literal of 30,000 elements, the slow project rule of
test_hostile_check_stopped, beside one that does match the finding) must not freeze the server.
Vetting lists every match of the rule in the workspace; in the server's own process that search
held the interpreter for minutes and no request was answered, shutdown included. It runs in
the check process, stopped past its bound: the rule is refused, naming the file it was stuck
on, and nothing is saved."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
from lsp_harness import DEADLINE, EDITORS, diagnostics, open_doc, running
from test_hostile_check_stopped import NORMAL, hostile_set
from test_server_learn import model_finding, project
from test_server_llm import NO_INDEX, run_action
from test_stuck_rules_llm import answering_until, said

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))
from fake_provider import Reply

pytestmark = pytest.mark.slow  # language-server sessions

# matches the finding (and not its fix, nor harmless code); its second branch walks back over
# every earlier element of a set literal for each element
STUCK_RULE = """id: price-may-be-none
language: python
severity: warning
message: $X.price may be None
rule:
  any:
    - pattern: $A += $X.price
    - any: [kind: string, kind: integer, kind: float]
      pattern: $ITEM
      inside: {kind: set}
      follows: {stopBy: end, pattern: $ITEM}
"""


async def test_a_learned_rule_stuck_on_a_workspace_file_is_refused_and_the_server_answers(tmp_path, fake):
    path = project(tmp_path / "shop", fake)
    root = path.parent
    (root / "catalogue.py").write_text(hostile_set(30_000))
    async with running(root, EDITORS["vscode"](), init_options=NO_INDEX) as client:
        normal = open_doc(client, root / "normal.py", NORMAL)
        [found] = await diagnostics(client, normal, lambda ds: len(ds) == 1)
        _uri, _d, actions = await model_finding(client, fake, path)
        [make] = [a for a in actions if a.title.endswith("Make this a rule")]
        fake.script.append(Reply(payload={"rule_yaml": STUCK_RULE}))
        await run_action(client, make)

        await answering_until(client, normal, found, lambda: said(client, "no rule"))
        [refused] = said(client, "no rule")
        assert "catalogue.py" in refused and "stopped" in refused and "--rule-file" in refused, refused
        assert client.record.shown_documents == []
        await asyncio.wait_for(client.shutdown_session(), DEADLINE)
    assert not (root / "tools").exists() and not (root / ".postil" / "learned").exists()
    assert len(fake.received) == 2  # the review, and the rule asked for
