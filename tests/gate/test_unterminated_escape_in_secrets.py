"""A secret split by a terminal string that never ends (``\\x1b]8;;`` with no BEL or ST) is masked
whole: the string's payload ran to the end of the file, so the masking view dropped the token's
second half and its first half left the machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.gate.egress import EgressGate
from postil.gate.redact import MASK_OPEN

# Built by concatenation so this file does not look like a leak to scanners.
TOKEN = "ghp_" + "R8mQ2vX7kL9pT4wZ" + "c6Hn1JbY5sD3fG0aE8uK"
UNTERMINATED = {"OSC hyperlink": "\x1b]8;;", "OSC title": "\x1b]0;", "DCS": "\x1bP", "8-bit OSC": "\x9d8;;"}


@pytest.mark.parametrize("name", UNTERMINATED)
def test_a_token_split_by_an_unterminated_string_is_masked_whole(tmp_path: Path, name):
    opener = UNTERMINATED[name]
    (tmp_path / "client.py").write_text(f'client = G("{TOKEN[:12]}{opener}{TOKEN[12:]}")\nb = 2\n')
    released = EgressGate(tmp_path).release("client.py").text
    assert f"{MASK_OPEN}:secrets/github-token" in released, repr(released)
    assert TOKEN[4:12] not in released and TOKEN[-8:] not in released, repr(released)
    assert released.endswith('")\nb = 2\n')


def test_a_terminated_string_still_hides_its_payload_and_a_line_of_openers_is_kept():
    gate = EgressGate(Path("."))
    link = f"see {TOKEN[:10]}\x1b]8;;https://example.com/x\x1b\\{TOKEN[10:]} now\n"
    masked = gate.mask(link, "docs/a.md").text
    assert f"{MASK_OPEN}:secrets/github-token" in masked and TOKEN[-8:] not in masked, repr(masked)
    hostile = ("\x1b]a" * 20_000 + "\x9db" * 20_000) + "\n"  # each payload stops at the next opener
    assert gate.mask(hostile, "docs/b.md").text.count("\x1b]") == 20_000
