"""The editor's AI fixes against a model that answers with the vetting bypasses of issue 30
(item 4): a review finding carrying such a fix gets no "apply the suggested change"
action, and "Fix this with AI" on it applies no edit while the user is told why."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lsp_harness import EDITORS, diagnostics, open_doc, running, wait_for
from test_server_llm import NO_INDEX, edit_and_save, llm, project, run_action  # noqa: F401 - project is a fixture
from test_server_llm_hostile import actions_for, read_code_actions_faithfully

from tests.gate.test_vetting_behaviour import BYPASSES, JS, PY

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))
from fake_provider import Reply, finding

pytestmark = pytest.mark.slow  # language-server sessions

# The payloads and variants of each kind: reflection, script, flow, new call, module as value.
PAYLOADS = ["issue: print.__self__.__dict__", "issue: os.__dict__", "issue: cp['execSync']", "issue: Reflect.apply",
            "issue: Cyrillic e in 'guest'", "issue: dropped await (py)", "dropped await (js)", "escaped Cyrillic e",
            "map(os.system)", "lambda default arg", "a new, unknown call", "removed raise", "Object.values(module)",
            "Reflect.get"]
HEADER = {"python": "import os\nimport subprocess\n", "javascript": "const cp = require('child_process');\n"}


@pytest.mark.slow
async def test_no_ai_fix_carries_a_bypass_and_fix_with_ai_says_why(tmp_path, fake):
    project(tmp_path, fake)
    docs = []
    for i, name in enumerate(PAYLOADS):
        language = BYPASSES[name][0]
        text = (PY if language == "python" else JS).replace("handle(", f"handle_{i}(")
        docs.append((name, language, tmp_path / f"case_{i}.{'py' if language == 'python' else 'js'}", text))

    def reply(body: dict) -> Reply:
        asked = str(body)
        for i, (name, _language, _path, _text) in enumerate(docs):
            if f"handle_{i}(" in asked:
                quote, improved = BYPASSES[name][1:3]
                return Reply(payload={"findings": [finding(quote, "this can be tidier", improved=improved)]})
        return Reply(payload={"findings": []})

    fake.responder = reply
    async with running(tmp_path, EDITORS["vscode"](), init_options=NO_INDEX) as client:
        read_code_actions_faithfully(client)
        for name, language, path, text in docs:
            path.write_text(HEADER[language])
            uri = open_doc(client, path, HEADER[language], language=language)
            edit_and_save(client, path, uri, text)  # the whole function is new: reviewed on save
            [d] = llm(await diagnostics(client, uri, lambda ds: llm(ds), f"the finding on {name}"))
            actions = await actions_for(client, uri, d)
            assert not [a for a in actions if a.title.endswith("apply the suggested change")], name
            [ask] = [a for a in actions if a.title.endswith("Fix this with AI")]
            shown = len(client.messages)
            await run_action(client, ask)  # answers "working…" at once; the verdict follows as a message
            await wait_for(client, lambda: any("fix was refused" in m.message for m in client.messages[shown:]),
                           f"the refusal of {name}")
            [message] = [m.message for m in client.messages[shown:] if "fix was refused" in m.message]
            assert message.startswith("postil: the model's fix was refused: it "), (name, message)
            assert BYPASSES[name][3] in message, (name, message)
            assert path.read_text() == text and not client.record.applied
