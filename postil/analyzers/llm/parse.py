"""Read the model's answer into findings, repairing what local models break.

Repairs: Markdown fences and prose around the JSON, trailing commas, a bare list
instead of ``{"findings": [...]}``, and a truncated or runaway answer (cut at the last
complete item, open brackets closed). An answer that repeats the prompt is not an answer
(:func:`echoes`), nor is one with an ``error`` field. Nothing here raises: an answer that
cannot be read gives ``ok=False`` and the reviewer retries once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from postil.analyzers.llm.answer_schema import RawFinding, coerce_finding

_FENCE = re.compile(r"```[a-zA-Z0-9_-]*\s*\n?(.*?)(?:```|$)", re.DOTALL)


@dataclass
class ParseResult:
    findings: list[RawFinding] = field(default_factory=list)
    ok: bool = True
    repaired: bool = False
    dropped: int = 0  # items that were not usable findings
    error: str | None = None


def parse_answer(text: str | None, data=None) -> ParseResult:
    """Findings from a structured ``data`` object (tool use) or the answer text."""
    if data is not None:
        return _from_object(data, repaired=False)
    if not text or not text.strip():
        return ParseResult(ok=False, error="empty answer")
    try:
        return _from_object(json.loads(text), repaired=False)
    except (ValueError, RecursionError):
        pass
    candidate = _strip_wrapping(text)
    for attempt in (candidate, _close_truncated(_drop_trailing_commas(candidate))):
        if attempt is None:
            continue
        try:
            return _from_object(json.loads(_drop_trailing_commas(attempt)), repaired=True)
        except (ValueError, RecursionError):
            continue
    return ParseResult(ok=False, error="the answer is not valid JSON")


ECHO_HEAD = 12  # characters a message's first line needs to be told apart from an answer's text
_NUMBERED = re.compile(r"^ *\d+ \| .*\S.{7,}$", re.MULTILINE)  # a line of code as the prompt shows it


def echoes(answer: str, *messages: str) -> bool:
    """Whether ``answer`` repeats the prompt: it holds a message's first line (the system text's,
    the user's "File: ..." heading) or a code line with the prompt's line-number gutter, which
    no finding quotes."""
    for message in messages:
        head = next((line.strip() for line in message.splitlines() if line.strip()), "")
        if len(head) >= ECHO_HEAD and head[:200] in answer:
            return True
        if any(line in answer for line in _NUMBERED.findall(message)[:400]):
            return True
    return False


def _from_object(obj, repaired: bool) -> ParseResult:
    if isinstance(obj, dict) and obj.get("error"):  # a server or model saying it failed, beside an empty list
        return ParseResult(ok=False, error="the answer reports an error instead of a review", repaired=repaired)
    if isinstance(obj, dict):
        items = obj.get("findings")
        if items is None and "existing_code" in obj:
            items = [obj]
    elif isinstance(obj, list):
        items = obj
    else:
        items = None
    if not isinstance(items, list):
        return ParseResult(ok=False, error="the answer has no findings list", repaired=repaired)
    findings, dropped = [], 0
    for item in items:
        finding = coerce_finding(item)
        if finding is None:
            dropped += 1
        else:
            findings.append(finding)
    return ParseResult(findings=findings, ok=True, repaired=repaired, dropped=dropped)


def _strip_wrapping(text: str) -> str:
    """The JSON inside Markdown fences or prose: from the first { or [ on."""
    fenced = _FENCE.search(text)
    if fenced and ("{" in fenced.group(1) or "[" in fenced.group(1)):
        text = fenced.group(1)
    starts = [i for i in (text.find("{"), text.find("[")) if i >= 0]
    if not starts:
        return text.strip()
    text = text[min(starts):]
    # prose after the JSON: cut after the last closing bracket if the rest has no brackets
    last = max(text.rfind("}"), text.rfind("]"))
    if last >= 0 and not any(c in text[last + 1 :] for c in "{}[]\""):
        text = text[: last + 1]
    return text.strip()


def _outside_strings(text: str):
    """(index, char) for every character that is not inside a JSON string literal
    (the quotes that open strings included)."""
    in_string = escape = False
    for i, ch in enumerate(text):
        if in_string:
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        yield i, ch


def _drop_trailing_commas(text: str) -> str:
    """Remove commas directly before } or ] (outside strings)."""
    drop: set[int] = set()
    last_comma: int | None = None
    for i, ch in _outside_strings(text):
        if ch in "}]" and last_comma is not None and not text[last_comma + 1 : i].strip():
            drop.add(last_comma)
        last_comma = i if ch == "," else (last_comma if ch.isspace() else None)
    return "".join(ch for i, ch in enumerate(text) if i not in drop)


def _close_truncated(text: str) -> str | None:
    """A truncated answer cut after its last complete array item, brackets closed. A bracket
    that closes what is not open (a model looping ``} } }`` to its token limit) ends it too."""
    stack: list[str] = []
    cut: tuple[int, list[str]] | None = None
    for i, ch in _outside_strings(text):
        if ch in "{[":
            stack.append(ch)
        elif ch in "}]":
            if not stack or stack[-1] != {"}": "{", "]": "["}[ch]:
                break
            stack.pop()
            if stack and stack[-1] == "[":
                cut = (i + 1, list(stack))  # an array item just completed
            elif not stack:
                return text[: i + 1]
    if cut is None:
        return None
    end, open_brackets = cut
    closers = "".join("]" if b == "[" else "}" for b in reversed(open_brackets))
    return text[:end] + closers
