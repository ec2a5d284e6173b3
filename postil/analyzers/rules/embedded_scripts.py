"""The JavaScript/TypeScript in a page's or a Vue/Svelte component's ``<script>`` blocks, as copies
of the file's text for the script rules: everything outside the blocks of one language blanked
(each character a space, newlines kept), so a finding's lines, columns and offsets are the file's."""

from __future__ import annotations

import re
from pathlib import PurePath

from postil.analyzers.languages import path_suffix
from postil.analyzers.rules.unit_blank import blanked_spans

# Files whose `<script>` blocks are code to check (templates such as EJS splice their own tags
# into scripts, which no JavaScript grammar reads)
SCRIPT_HOSTS = frozenset({".html", ".htm", ".xhtml", ".vue", ".svelte"})

# `lang` (Vue, Svelte) → grammar
_LANGS = {"": "javascript", "js": "javascript", "javascript": "javascript", "jsx": "javascript",
          "ts": "typescript", "typescript": "typescript", "tsx": "tsx"}
# `type` values that are scripts the browser runs (others are data or templates: JSON, text/x-template)
_TYPES = frozenset({"", "module", "text/javascript", "application/javascript", "text/ecmascript",
                    "application/ecmascript", "text/babel", "text/jsx"})
# a page's script holding a server template's tags (Jinja/Django, EJS) is not JavaScript yet
_TEMPLATE_TAGS = re.compile(r"\{[{%#]|<%")
# what a component compiler gives a meaning plain JavaScript lacks: Svelte reruns what reads a
# value assigned to itself (`items = items` after `items.push(x)`)
_IDIOMS = {".svelte": frozenset({"js/correctness/self-assignment"})}


def _attribute(start_tag, name: str) -> str:
    """An attribute's value in a start tag, lower-cased and unquoted ("" when absent)."""
    for attribute in start_tag.find_all(kind="attribute"):
        key = attribute.find(kind="attribute_name")
        if key is not None and key.text().lower() == name:
            value = attribute.find(kind="attribute_value")
            return value.text().strip().lower() if value is not None else ""
    return ""


def script_copies(path: str | PurePath, text: str) -> dict[str, str]:
    """Grammar → the text with only that grammar's script blocks left (none for other files)."""
    suffix = path_suffix(path).lower()
    if suffix not in SCRIPT_HOSTS or "<script" not in text.lower():
        return {}
    from ast_grep_py import SgRoot

    blocks: dict[str, list[tuple[int, int]]] = {}
    for element in SgRoot(text, "html").root().find_all(kind="script_element"):
        start_tag, body = element.find(kind="start_tag"), element.find(kind="raw_text")
        if start_tag is None or body is None or not body.text().strip() or \
                suffix in (".html", ".htm") and _TEMPLATE_TAGS.search(body.text()):
            continue
        language = _LANGS.get(_attribute(start_tag, "lang"))
        if language is None or _attribute(start_tag, "type") not in _TYPES:
            continue
        blocks.setdefault(language, []).append((body.range().start.index, body.range().end.index))
    return {language: blanked_spans(text, _outside(spans, len(text))) for language, spans in blocks.items()}


def _outside(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The spans of a text of ``length`` that ``spans`` (in order) leave out."""
    return list(zip([0] + [end for _, end in spans], [start for start, _ in spans] + [length]))


def script_findings(ruleset, path: str | PurePath, text: str, display: str, relpath: str, allow_fixes: bool,
                    deadline, judged: set[tuple[str, int]]) -> list:
    """The script rules' findings in the file's script blocks, the blocks' own suppression
    comments (``// postil: ignore``) applied."""
    from postil.analyzers.rules.engine import run_rules
    from postil.analyzers.rules.suppressions import parse_suppressions
    from postil.analyzers.syntax import SYNTAX_RULES

    # (a component's script may hold what only its compiler reads: no syntax error is reported there)
    found, left_out = [], SYNTAX_RULES | _IDIOMS.get(path_suffix(path).lower(), frozenset())
    for language, copy in script_copies(path, text).items():
        findings = [f for f in run_rules(ruleset, copy, language, display, relpath, allow_fixes, deadline,
                                         judged=judged) if f.rule not in left_out]
        suppressions = parse_suppressions(copy, language=language) if findings else None
        found += [f for f in findings if not suppressions.suppresses(f)]
    return found
