"""How deep a page's HTML tags nest, read in one pass without parsing: tree-sitter's HTML
scanner carries its stack of open tags through every token, so a page of N unclosed tags costs
~N² to parse (an `.ejs` file of 24,000 `<% if (a) { %><div>` lines: 10.6 s; 12,000: 2.7 s,
each step of a check that parses it). parse_limits leaves text nested past a bound unparsed."""

from __future__ import annotations

import re

# a start or end tag (its name and what follows up to `>`), or a comment's start
_TAG = re.compile(r"<(?:(!--)|(/?)([A-Za-z][\w:.-]*)([^<>]*)>)")
# elements that take no end tag (never on the parser's stack), and the open elements a start tag
# closes while they are the innermost (`<p>a<p>b`, `<dt>a<dd>b`; not `<p>a<li>b`, which nests:
# measured on the parser, each pair 3,000 and 6,000 times)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_CLOSES = {"p": {"p"}, "li": {"li"}, "optgroup": {"optgroup"}, **dict.fromkeys(("dt", "dd"), {"dt", "dd"}),
           "tr": {"tr", "td", "th"}, **dict.fromkeys(("td", "th"), {"td", "th"}),
           **dict.fromkeys(("rb", "rt", "rp"), {"rb", "rt", "rp"})}
# elements whose content the parser reads as text up to their end tag (not textarea or title:
# the tags inside those it nests, at the same cost)
_RAW = {name: re.compile(rf"</{name}\b", re.IGNORECASE) for name in ("script", "style")}


def tag_depth_past(text: str, most: int) -> bool:
    """Whether the tags of ``text`` nest more than ``most`` deep, as the parser's stack holds
    them: an end tag closes its element and those opened inside it, a stray one nothing."""
    if text.count("<") <= most:
        return False
    stack: list[str] = []
    open_by_name: dict[str, int] = {}
    at = 0
    while (tag := _TAG.search(text, at)) is not None:
        at = tag.end()
        if tag.group(1):  # a comment, up to its end
            end = text.find("-->", tag.end())
            if end < 0:
                return False
            at = end + 3
            continue
        name = tag.group(3).lower()
        if tag.group(2):
            if open_by_name.get(name):
                while (top := stack.pop()) != name:
                    open_by_name[top] -= 1
                open_by_name[name] -= 1
        elif name in _RAW:
            end = _RAW[name].search(text, at)
            if end is None:
                return False
            at = end.start()
        elif name not in _VOID and not tag.group(4).endswith("/"):
            while stack and stack[-1] in _CLOSES.get(name, ()):
                open_by_name[stack.pop()] -= 1
            stack.append(name)
            open_by_name[name] = open_by_name.get(name, 0) + 1
            if len(stack) > most:
                return True
    return False
