"""A secret split by characters a reader does not see — a zero-width space, a direction mark, a
terminal escape — is masked whole before it leaves, in a reviewed file and in retrieved
context: each half matched no detector, and both went to the model. Hidden characters
elsewhere, and offsets mapped back, stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.gate.egress import EgressGate
from postil.gate.redact import MASK_OPEN, mask

# Built by concatenation so this file does not look like a leak to scanners.
TOKENS = {
    "secrets/github-token": "ghp_" + "R8mQ2vX7kL9pT4wZ" + "c6Hn1JbY5sD3fG0aE8uK",
    "secrets/aws-access-key-id": "AKIA" + "2OGYBAH6TRXJ4WFQ",
    "secrets/slack-token": "xoxb-" + "2481953076-" + "8475213690-" + "Zq7Xw2Ev4Rt6Yu8Io0Pa1Sd3",
}
HIDDEN = {"zero-width space": "\u200b", "left-to-right mark": "\u200e", "terminal escape": "\x1b[0m"}


def split(token: str, hidden: str, at: int) -> str:
    return token[:at] + hidden + token[at:]


def assert_masked_whole(text: str, token: str, rule: str) -> None:
    assert f"{MASK_OPEN}:{rule}" in text, text
    halves = [token[:len(token) // 2], token[len(token) // 2:]]
    assert not any(half[-8:] in text or half[:8] in text for half in halves if len(half) > 8), text


@pytest.mark.parametrize("rule", TOKENS)
@pytest.mark.parametrize("name", HIDDEN)
def test_a_token_split_by_a_hidden_character_is_masked_in_the_reviewed_file(tmp_path: Path, rule, name):
    token = TOKENS[rule]
    (tmp_path / "client.py").write_text(f'import github\n\nclient = github.Github("{split(token, HIDDEN[name], 12)}")\n')
    released = EgressGate(tmp_path).release("client.py")
    assert_masked_whole(released.text, token, rule)
    assert released.text.startswith("import github\n\nclient = github.Github(")


@pytest.mark.parametrize("rule", TOKENS)
def test_a_token_split_anywhere_in_retrieved_context_is_masked(tmp_path: Path, rule):
    token = TOKENS[rule]
    gate = EgressGate(tmp_path)
    for hidden in HIDDEN.values():
        for at in range(1, len(token)):
            context = f"# see {split(token, hidden, at)} for access\nx = 1\n"
            assert_masked_whole(gate.mask(context, "docs/setup.py").text, token, rule)


def test_hidden_characters_elsewhere_and_offsets_stay_as_they_were():
    token = TOKENS["secrets/github-token"]
    source = f'note = "a\u200bb"  # \u200e\nclient = G("{split(token, chr(0x200B), 20)}")\nb = 2\n'
    masked = mask(source)
    assert masked.text.startswith('note = "a\u200bb"  # \u200e\nclient = G("')
    assert masked.count == 1 and masked.text.endswith('")\nb = 2\n')
    start = masked.text.index(MASK_OPEN)
    assert masked.original_offset(start) == source.index(token[:20])
    assert masked.original_offset(masked.text.index("b = 2")) == source.index("b = 2")


def test_a_line_of_thousands_of_split_tokens_is_read_for_credential_names_once(monkeypatch):
    import postil.gate.redact as redact

    token = TOKENS["secrets/github-token"]
    line = f"{split(token, chr(0x200B), 20)} " * 2_000 + "\n"  # ~100 KB on one line: each half asked about its line
    reads = []
    real = redact._CREDENTIAL_WORD_RE
    monkeypatch.setattr(redact, "_CREDENTIAL_WORD_RE", type("Counted", (), {
        "search": staticmethod(lambda text: reads.append(len(text)) or real.search(text))}))
    masked = mask(line)
    assert masked.count == 2_000 and token[:8] not in masked.text and token[-8:] not in masked.text
    assert sum(reads) <= 4 * len(line), f"{sum(reads):,} characters read for a {len(line):,}-character line"
