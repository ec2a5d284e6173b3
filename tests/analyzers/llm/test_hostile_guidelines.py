"""A repository's guidelines file is untrusted input to every review request: a binary one is
no guide (nothing of it is sent), and a 50 MB one is not read whole into memory to pick its
review sections."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from postil.analyzers.llm.providers import Provider
from postil.analyzers.llm.reviewer import Reviewer
from postil.config import LLMConfig
from postil.config.environment import resolve

GUIDE = "# Code style\n\nMoney is always Decimal, never float.\n\n"


def reviewer(root: Path) -> Reviewer:
    settings = resolve(LLMConfig(provider="openai-compatible", model="m", base_url="http://127.0.0.1:9/v1"),
                       env={"POSTIL_LLM_API_KEY": "sk-test"})
    return Reviewer(root, settings, provider=Provider(settings), use_index=False)


def test_a_binary_contributing_file_sends_no_guidelines(tmp_path: Path):
    (tmp_path / "CONTRIBUTING.md").write_bytes(GUIDE.encode() + bytes(range(256)) * 64 + b"\x1b]8;;https://x.example\x07\n")
    assert reviewer(tmp_path).guidelines() == ("", None)


def test_a_50_mb_contributing_file_is_not_read_whole(tmp_path: Path):
    filler = "## Releases\n\n" + "Tag the release and publish the notes afterwards.\n" * 1000
    with (tmp_path / "CONTRIBUTING.md").open("w") as out:
        out.write(GUIDE)
        while out.tell() < 50_000_000:
            out.write(filler)
    tracemalloc.start()
    try:
        text, name = reviewer(tmp_path).guidelines()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert name == "CONTRIBUTING.md" and "Money is always Decimal, never float." in text
    assert peak < 15_000_000, f"{peak:,} bytes held to read the guidelines"
