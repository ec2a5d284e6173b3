"""What a repository writes reaches the terminal as text (issue 30, items 2 and 9).

A cloned repository names its rules, folders, files and config values with escape sequences
(cursor up + erase line, OSC 52 clipboard writes, OSC 8 links, 8-bit CSI), C1 controls,
bidi and invisible characters, and newlines followed by lines postil itself prints ("All
clear: ...", a finding). Every text command run over it, without a terminal (so without
colours), prints no character a terminal would act on but the newlines between lines, and no
line of the repository's making. On a terminal, postil's own colour codes are the only escape
sequences. ``postil trust`` shows the nested config file that sets ``llm.base-url`` with its
folder's name written out, and trusts only with ``--yes`` or a "y" typed on a terminal.
"""

from __future__ import annotations

import json
import os
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

from postil import trust_store

pytestmark = pytest.mark.slow

# What a terminal would act on, and what a reader would take for lines postil printed.
HIDE = "\x1b[1A\x1b[2K\r"  # cursor up, erase the line, back to its start
CLIPBOARD = "\x1b]52;c;ZXZpbA==\x07"  # OSC 52: write "evil" to the clipboard
LINK = "\x1b]8;;https://evil.example/\x1b\\docs\x1b]8;;\x1b\\"  # OSC 8 hyperlink
INVISIBLE = "\u3164\u034f\ufe0e"  # printable for str.isprintable, shown as nothing: a filler, CGJ, a selector
# 8-bit CSI and OSC, NEL, BEL, BS, DEL, bidi controls, zero-width and format characters, a line separator
OTHERS = "\x9b31m\x9d0;title\x9c\x85\x07\x08\x7f\u202e\u2066\u200b\u2028\ufeff\u00ad\u180e" + INVISIBLE
FAKE_CLEAR = "All clear: no findings in 1 file (0.01s)."
FAKE_FINDING = "FAKE.py:1:1: error injected-rule all is well"  # no "/": it is in a file name
PAYLOAD = f"{HIDE}{CLIPBOARD}{LINK}{OTHERS}\n{FAKE_CLEAR}\n{FAKE_FINDING}\n"
FAKE_LINES = ("All clear", "FAKE.py", "No findings")
BASE_URL = "http://attacker.example:8000/v1"
HIDDEN_FOLDER = f"sub{HIDE}dir"


def _yaml(text: str) -> str:
    return json.dumps(text)  # a JSON string is a YAML double-quoted scalar with the same escapes


def hostile_repo(root: Path) -> Path:
    """Rules, a rule test, folders, files and config values carrying the payload."""
    root.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    (root / ".postil.toml").write_text('rule-dirs = ["rules"]\n[llm]\nprovider = "openai-compatible"\n'
                                       f'base-url = "{BASE_URL}"\nmodel = "m"\n')
    rules = root / "rules"
    (rules / "rule-tests").mkdir(parents=True)
    rule_id = f"team/evil{PAYLOAD}"
    (rules / "evil.yml").write_text(
        f"id: {_yaml(rule_id)}\nlanguage: python\nseverity: error\nrule: {{pattern: eval($X)}}\n"
        f"message: {_yaml('eval is dangerous' + PAYLOAD)}\nnote: {_yaml('use ast.literal_eval' + PAYLOAD)}\n"
        f"url: {_yaml('https://docs.example/' + PAYLOAD)}\n")
    (rules / "rule-tests" / "evil-test.yml").write_text(
        f"id: {_yaml(rule_id)}\nvalid:\n  - {_yaml('eval(data)  # ' + PAYLOAD)}\ninvalid:\n  - {_yaml('print(1)' + PAYLOAD)}\n")
    (rules / f"broken{HIDE}.yml").write_text(f"id: {_yaml('broken' + PAYLOAD)}\nlanguage: cobol\nrule: {{pattern: x}}\n")
    for name in (f"evil\n{FAKE_CLEAR}\n{FAKE_FINDING}.py", f"clip{CLIPBOARD}{OTHERS}.py", "app.py"):
        (root / name).write_text("value = eval(data)\n")
    (root / f"big{HIDE}.py").write_bytes(b"\0binary\n")  # skipped: named in the skipped list
    (root / f"conf{HIDE}.toml").write_text(f'select = ["{CLIPBOARD}\n')  # invalid TOML, quoted in the error
    nested = root / HIDDEN_FOLDER
    nested.mkdir()
    (nested / ".postil.toml").write_text(f'[llm]\nbase-url = "{BASE_URL}"\n')
    (nested / "inner.py").write_text("value = eval(data)\n")
    subprocess.run(["git", "add", "-A"], cwd=root, check=True)
    return root


def shown_literally(text: str) -> list[str]:
    """Characters a terminal would act on (escapes, controls, bidi, invisible) — newlines excepted."""
    return sorted({repr(c) for c in text if c != "\n" and (not c.isprintable() or c in INVISIBLE)})


def made_up_lines(text: str) -> list[str]:
    """Lines that would pass for postil's own: a report's summary or a finding, at the start
    of a line (a block quoted from the repository, such as a rule's note, is indented)."""
    return [line for line in text.splitlines() if line.startswith(FAKE_LINES)]


COMMANDS = [
    ("check", "."), ("check", ".", "--statistics"), ("check", ".", "--show-skipped"),
    ("check", "app.py", "--config", f"missing{HIDE}.toml"), ("check", f"nothing{PAYLOAD}.py"),
    ("review", "app.py", "--no-llm"), ("review", "--staged", "--no-llm"), ("review", "app.py", "--dry-run"),
    ("rules", "list"), ("rules", "list", "--config", f"conf{HIDE}.toml"), ("rules", "test"), ("rules", "show", f"team/evil{PAYLOAD}"),
    ("rules", "show", f"no-such{PAYLOAD}"),
    ("trust",), ("trust", "--yes"), ("trust", "--list"), ("doctor", "--no-call"), ("doctor", "--no-call", HIDDEN_FOLDER),
    ("index", "-q"), ("search", "eval"), ("context", "app.py:1"), ("stats",), ("cache", "clear", HIDDEN_FOLDER),
    ("trust", "--revoke"),
]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[tuple[str, ...], subprocess.CompletedProcess]:
    root = hostile_repo(tmp_path_factory.mktemp("terminal") / "clone")
    config_home = tmp_path_factory.mktemp("xdg-config")
    (config_home / "postil").mkdir()
    (config_home / "postil" / "config.toml").write_text('[llm]\nprovider = "openai-compatible"\nmodel = "m"\n')
    env = {**os.environ, "XDG_CONFIG_HOME": str(config_home), "NO_COLOR": "1",
           "OPENAI_API_KEY": "sk-user-key", "POSTIL_LLM_PROVIDER": ""}
    return {args: subprocess.run([sys.executable, "-P", "-m", "postil", *args], cwd=root, env=env,
                                 capture_output=True, text=True, errors="surrogateescape", stdin=subprocess.DEVNULL,
                                 timeout=300)
            for args in COMMANDS}


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a)[:40].encode("unicode_escape").decode() for a in COMMANDS])
def test_no_command_lets_a_repository_write_to_the_terminal(outputs, args):
    done = outputs[args]
    assert "Traceback" not in done.stderr, done.stderr
    for stream in (done.stdout, done.stderr):
        assert shown_literally(stream) == [], stream
    assert made_up_lines(done.stderr) == [], done.stderr
    if "context" not in args and "--dry-run" not in args:  # these print the model's request exactly: the
        assert made_up_lines(done.stdout) == [], done.stdout  # repository's code and names are lines of it


def test_the_payloads_are_shown_written_out(outputs):
    """Nothing is dropped silently: the user sees that the names hold escapes and newlines."""
    check = outputs[("check", ".")]
    assert "evil\\n" + FAKE_CLEAR + "\\n" + FAKE_FINDING + ".py:1:" in check.stdout
    assert "clip\\x1b]52;c;ZXZpbA==\\x07" in check.stdout and "\\u202e" in check.stdout
    assert check.stdout.rstrip().splitlines()[-1].startswith("Found ")
    show = outputs[("rules", "show", f"team/evil{PAYLOAD}")].stdout
    assert "How to fix: use ast.literal_eval\\x1b[1A" in show
    listed = outputs[("rules", "list")].stdout
    assert "team/evil\\x1b[1A\\x1b[2K\\r" in listed
    failed = outputs[("rules", "test")]
    assert "FAIL team/evil\\x1b[1A" in failed.stdout and "broken\\x1b[1A" in failed.stderr
    assert "note: " in failed.stderr and "docs:" not in show  # the url is dropped (not https), and said so


def test_trust_shows_the_nested_endpoint_the_folder_name_would_hide(outputs):
    done = outputs[("trust", "--yes")]
    assert done.returncode == 0, done.stderr
    assert "nested in sub\\x1b[1A\\x1b[2K\\rdir: " in done.stdout
    nested = done.stdout[done.stdout.index("nested in sub"):]
    assert f'llm.base-url = "{BASE_URL}"' in nested
    assert f"LLM: sends to {BASE_URL} (model m)" in nested and "the API key from OPENAI_API_KEY" in nested
    assert "trusted: " in done.stdout and "sub\\x1b[1A\\x1b[2K\\rdir/.postil.toml" in done.stdout


def test_trust_without_a_terminal_or_yes_trusts_nothing(outputs):
    done = outputs[("trust",)]  # run before `trust --yes`, stdin not a terminal
    assert done.returncode == 1
    assert "not trusted" in done.stderr and "postil trust --yes" in done.stderr
    assert "trusted: " not in done.stdout and f'llm.base-url = "{BASE_URL}"' in done.stdout


# --- on a terminal -----------------------------------------------------------------------------
def on_terminal(args: list[str], cwd: Path, answer: str | None = None, env: dict | None = None) -> tuple[int, str]:
    """Run postil with stdin, stdout and stderr on a pseudo-terminal; ``answer`` is typed once
    the question ``[y/N]`` is on the screen. (exit code, everything the terminal received)."""
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-P", "-m", "postil", *args], cwd=cwd, env=env or os.environ,
                            stdin=slave, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    received = b""
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            proc.kill()
            raise AssertionError(f"no output for 120 s: {received!r}")
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the terminal's other side is closed (the process ended)
            break
        if not chunk:
            break
        received += chunk
        if answer is not None and b"[y/N]" in received:
            os.write(master, answer.encode() + b"\n")
            answer = None
    os.close(master)
    return proc.wait(timeout=120), received.decode("utf-8", "surrogateescape")


@pytest.fixture
def clone(tmp_path) -> Path:
    return hostile_repo(tmp_path / "clone")


@pytest.mark.parametrize("answer, trusted", [("n", False), ("", False), ("y", True)])
def test_trust_asks_on_a_terminal_and_only_yes_trusts(clone, answer, trusted):
    code, screen = on_terminal(["trust"], clone, answer)
    assert f'llm.base-url = "{BASE_URL}"' in screen and "nested in sub\\x1b[1A" in screen
    assert "Trust these 2 files? [y/N]" in screen
    assert code == (0 if trusted else 1), screen
    assert bool(trust_store.trusted_files()) is trusted
    if not trusted:
        assert "not trusted" in screen


def test_on_a_terminal_only_postil_s_own_colours_are_escape_sequences(clone):
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    code, screen = on_terminal(["check", "."], clone, env=env)
    assert code == 1
    sequences = set(re.findall(r"\x1b\[[0-9;]*m", screen))
    assert sequences and sequences <= {"\x1b[0m", "\x1b[1m", "\x1b[2m", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[36m"}
    bare = re.sub(r"\x1b\[[0-9;]*m", "", screen).replace("\r\n", "\n")  # the terminal turns \n into \r\n
    assert shown_literally(bare) == [] and made_up_lines(bare) == []


def test_the_progress_bar_shows_file_names_as_text_not_rich_markup(tmp_path):
    """`postil index` on a terminal draws rich's progress bar; a file name in rich's markup
    (a link, a style) is shown as it is, never made a hyperlink."""
    markup = "[link=mailto:evil@example.com][reverse]click"  # no "/": it is in a file name
    for n in range(30):
        (tmp_path / f"{markup}{n:02d}.py").write_text(f"def f{n}():\n    return {n}\n")
    code, screen = on_terminal(["index"], tmp_path)
    assert code == 0, screen
    assert "\x1b]8;" not in screen and "\x1b]" not in screen  # no OSC (hyperlink, title, clipboard)
    assert markup in screen  # a file's name, as the bar showed it
