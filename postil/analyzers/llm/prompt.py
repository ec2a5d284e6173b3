"""The review prompt: the code under review with line context, what the index says it
calls and what calls it, project guidelines, and the rule findings already reported,
within a token budget. Everything sent is masked for secrets.

The system text lives in ``prompts/review-v<N>.md``; its version and content hash are
part of every cache key, so editing it re-reviews.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from postil.analyzers.findings import Finding

PROMPT_VERSION = "review-v1"
SURROUNDING_LINES = 6
GUIDELINE_FILES = (".postil/guidelines.md", "CONTRIBUTING.md", ".github/CONTRIBUTING.md", "docs/CONTRIBUTING.md")
GUIDELINES_SHARE = 0.3  # at most this share of the context budget goes to guidelines


def estimate_tokens(text: str) -> int:
    return len(text) // 4 + 1 if text else 0


@lru_cache(maxsize=4)
def system_text(version: str = PROMPT_VERSION) -> str:
    return resources.files("postil.analyzers.llm").joinpath("prompts", f"{version}.md").read_text(encoding="utf-8")


@lru_cache(maxsize=4)
def prompt_identity(version: str = PROMPT_VERSION) -> str:
    """The version plus a hash of its text (cache keys change when the text does)."""
    return f"{version}:{hashlib.sha256(system_text(version).encode()).hexdigest()[:12]}"


@dataclass
class Prompt:
    system: str
    user: str
    code_tokens: int
    context_tokens: int  # retrieved context + guidelines
    masked: int  # secrets and configured patterns masked
    context_chunks: int
    context_omitted: int
    notes: list[str] = field(default_factory=list)

    @property
    def tokens(self) -> int:
        return estimate_tokens(self.system) + estimate_tokens(self.user)


def _gutter(lines: list[str], first: int) -> str:
    width = len(str(first + len(lines) - 1))
    return "\n".join(f"{str(first + i).rjust(width)} | {line}" for i, line in enumerate(lines))


def read_guidelines(read: Callable[[str], str | None], budget_tokens: int) -> tuple[str, str | None]:
    """(text, file name) of the first project guidelines file, cut to the budget;
    ``read(name)`` gives a workspace file's text (None: missing or not to be sent)."""
    for name in GUIDELINE_FILES:
        text = (read(name) or "").strip()
        if text:
            limit = max(0, budget_tokens) * 4
            if len(text) > limit:
                text = text[:limit].rsplit("\n", 1)[0] + "\n(... guidelines cut for the token budget)"
            return text, name
    return "", None


def build_prompt(*, rel_path: str, language: str | None, text_lines: list[str], start: int, end: int,
                 context_block: str = "", context_chunks: int = 0, context_omitted: int = 0,
                 guidelines: str = "", guidelines_name: str | None = None,
                 rule_findings: list[Finding] = (), redact_patterns: tuple[str, ...] = (),
                 version: str = PROMPT_VERSION) -> Prompt:
    """The prompt for lines ``start``..``end`` (1-based, inclusive) of a document whose
    ``text_lines`` were masked as a whole (``postil.gate``); the assembled prompt is masked
    once more, so nothing unmasked gets through even when a caller forgot."""
    from postil.gate.redact import MASK_OPEN, redact

    lang = language or ""
    before_lo = max(1, start - SURROUNDING_LINES)
    after_hi = min(len(text_lines), end + SURROUNDING_LINES)
    code = _gutter(text_lines[start - 1 : end], start)
    parts = [f"File: {rel_path}" + (f" ({language})" if language else "")]
    if before_lo < start:
        parts.append(f"Lines before the code under review (context only):\n```{lang}\n"
                     f"{_gutter(text_lines[before_lo - 1 : start - 1], before_lo)}\n```")
    parts.append(f"CODE UNDER REVIEW (lines {start}-{end}):\n```{lang}\n{code}\n```")
    if end < after_hi:
        parts.append(f"Lines after the code under review (context only):\n```{lang}\n"
                     f"{_gutter(text_lines[end : after_hi], end + 1)}\n```")
    context_text = ""
    if context_block.strip():
        context_text = ("Related code from the repository (what this code calls, what calls it, similar code; "
                        "for understanding only, do not review it):\n" + context_block)
        parts.append(context_text)
    guidelines_text = ""
    if guidelines.strip():
        guidelines_text = f"Project guidelines ({guidelines_name}):\n{guidelines}"
        parts.append(guidelines_text)
    if rule_findings:
        listed = "\n".join(f"- line {f.span.start_line + 1}: {f.rule}: {f.message}"
                           for f in sorted(rule_findings, key=lambda f: f.sort_key))
        parts.append("Already reported by postil's rules (do not repeat these):\n" + listed)
    else:
        parts.append("Already reported by postil's rules: nothing.")
    parts.append('Answer with JSON only: {"findings": [...]} (an empty list when nothing is worth reporting).')
    user, _ = redact("\n\n".join(parts), redact_patterns)
    masked = user.count(MASK_OPEN)
    notes = []
    if context_omitted:
        notes.append(f"{context_omitted} related chunk(s) left out for the token budget")
    return Prompt(system=system_text(version), user=user, code_tokens=estimate_tokens(code),
                  context_tokens=estimate_tokens(context_text) + estimate_tokens(guidelines_text), masked=masked,
                  context_chunks=context_chunks, context_omitted=context_omitted, notes=notes)


def triage_prompt(rel_path: str, language: str | None, code: str) -> tuple[str, str]:
    """(system, user) for the optional fast-model triage."""
    system = ("You decide whether a code change needs a careful review for bugs or security problems. "
              "Trivial changes (renames, logging, formatting, comments, simple getters, constants) do not. "
              'Answer with JSON only: {"needs_review": true|false, "reason": "..."}.')
    return system, f"File: {rel_path}\n```{language or ''}\n{code}\n```"
