"""The literal prefilter: what a file's text must contain for a rule to possibly match,
derived conservatively from the rule tree (its patterns' identifiers, the literals its
regular expressions need), cached in the user's cache, and found in a file in one pass
(:class:`LiteralIndex`), so that a rule whose literals are absent never runs.

A requirement is None (always run), a str (literal must occur), a tuple ("all" | "any",
[requirements]), a word: ("word", name), the name with no ASCII letter or underscore before it
and no ASCII letter, digit or underscore after it (a name or keyword node matching ``^sh$`` is a
whole token: its two letters alone are in most files; a keyword may follow a number, ``1or x``),
or a case-insensitive literal: ("nocase", folded), an ASCII literal a ``(?i)`` regex needs, found
in the file's text case-folded (``str.casefold``: the Kelvin sign a ``(?i)k`` matches folds to k).
"""

from __future__ import annotations

import hashlib
import marshal
import re
from functools import lru_cache
from pathlib import Path

from postil.core import usercache
from postil.core.userregex import translate

_IDENTIFIER = re.compile(r"(?<![$\w])[A-Za-z_][A-Za-z0-9_]*")
WORD = "word"
NOCASE = "nocase"
_LEAVES = (WORD, NOCASE)  # the requirements that are a tagged literal (see the module's docstring)
# A regex matching only a name too short to be a literal (see regex_literals)...
_WHOLE_SHORT_NAME = re.compile(r"\^([A-Za-z_][A-Za-z0-9_]?)\$")
# ...of a node that is one token (a field's node, a name's kind: never a string's fragment, which
# an escape sequence's letter may touch, "\\nin")
_TOKEN_KINDS = frozenset({"identifier", "dotted_name", "property_identifier", "type_identifier",
                          "field_identifier", "shorthand_property_identifier", "keyword_identifier"})
# What may not come before and after a word (see the module's docstring): ASCII, so a letter past
# ASCII is an edge.
WORD_EDGES = ("[A-Za-z_]", "[A-Za-z0-9_]")
# The code that derives requirements, beside this module: the rule model's ``requirement``,
# the loader that builds rules, and the taint modules (taint rules' sources and sinks).
# Texts a LiteralIndex searches with its quick-to-build NFA before it builds a DFA (a check of a
# file or two never needs one; a workspace or an editing session soon pays it back).
_DFA_AFTER = 16
# A long text is searched a part of this many characters at a time; a part holding more matches
# than _DENSE drops the literals found so far from the rest of the search (see LiteralIndex.present)
_PART = 16_384
_DENSE = _PART // 4
_DERIVING = ("literal_prefilter.py", "rule_model.py", "loader.py", "repeated_siblings.py", "scoped_names.py", "taint*.py")


def _pattern_literals(pattern) -> object:
    if isinstance(pattern, dict):
        pattern = pattern.get("context", "")
    if not isinstance(pattern, str):
        return None
    words = [w for w in _IDENTIFIER.findall(pattern) if len(w) >= 3]
    if not words:
        return None
    # The rarest-looking literal is enough to skip a file: prefer the longest.
    return max(words, key=len)


def all_of(parts: list) -> object:
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else ("all", parts)


def any_of(options: list) -> object:
    """A requirement met by any of ``options`` (None if one of them always runs)."""
    if not options or any(o is None for o in options):
        return None
    return options[0] if len(options) == 1 else ("any", options)


# The strings a run of literals may stand for (``(http|ftp)://``: two) before it is cut short.
_ALTERNATIVES = 16


def _regex_sequence(items, shortest: int = 3, folded: bool = False, nocase: bool = False) -> object:
    """Literals every match of a parsed regex sequence must contain (runs of ``shortest``
    characters or more, a run going on through groups of a few literal alternatives:
    ``(http|ftp)://`` asks for "http://" or "ftp://"). ``nocase``: the sequence matches
    case-insensitively, and its runs are ("nocase", folded) literals if ``folded``, none
    otherwise; with ``folded``, a letter written in either case (``[hH][tT][tT][pP]``) makes its
    string one too."""
    from re import _constants as c

    parts, run = [], [("", False)]  # run: (string, whether it is matched case-insensitively)

    def flush() -> None:
        nonlocal run
        if all(len(string) >= shortest and (folded or not either) for string, either in run):
            parts.append(any_of(list(dict.fromkeys((NOCASE, string.casefold()) if either else string
                                                   for string, either in run))))
        run = [("", False)]

    for op, arg in items:
        exact = _exact(op, arg, folded, nocase)
        if exact is not None and len(run) * len(exact) <= _ALTERNATIVES:
            run = [(before + string, either or more) for before, either in run for string, more in exact]
            continue
        flush()
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, sub = arg  # (?i:...), (?-i:...)
            inner = bool(add_flags & c.SRE_FLAG_IGNORECASE or nocase and not del_flags & c.SRE_FLAG_IGNORECASE)
            parts.append(_regex_sequence(sub, shortest, folded, inner))
        elif op is c.BRANCH:
            parts.append(any_of([_regex_sequence(branch, shortest, folded, nocase) for branch in arg[1]]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            parts.append(_regex_sequence(arg[2], shortest, folded, nocase))
    flush()
    return all_of(parts)


def _exact(op, arg, folded: bool, nocase: bool) -> list[tuple[str, bool]] | None:
    """The few strings a parsed regex item matches (with whether each is matched
    case-insensitively: see _regex_sequence), or None: a literal, a letter in either case, a
    group or choice of those."""
    from re import _constants as c

    if op is c.LITERAL:  # (a folded literal is ASCII: see NOCASE)
        return None if nocase and arg >= 128 else [(chr(arg), nocase)]
    if op is c.IN and folded and _either_case(arg):
        return [(chr(arg[0][1]), True)]
    if op is c.SUBPATTERN and not arg[1] and not arg[2]:  # (no flags set or cleared)
        return _exact_sequence(arg[3], folded, nocase)
    if op is c.BRANCH:
        options = [_exact_sequence(branch, folded, nocase) for branch in arg[1]]
        if all(o is not None for o in options) and sum(map(len, options)) <= _ALTERNATIVES:
            return [option for strings in options for option in strings]
    return None


def _exact_sequence(items, folded: bool, nocase: bool) -> list[tuple[str, bool]] | None:
    """The few strings a parsed regex sequence matches (see _exact), or None."""
    strings = [("", False)]
    for op, arg in items:
        exact = _exact(op, arg, folded, nocase)
        if exact is None or len(strings) * len(exact) > _ALTERNATIVES:
            return None
        strings = [(before + string, either or more) for before, either in strings for string, more in exact]
    return strings


def _either_case(members: list) -> bool:
    """Whether a parsed character class is one ASCII letter in its two cases (``[sS]``)."""
    from re import _constants as c

    if len(members) != 2 or any(op is not c.LITERAL for op, _ in members):
        return False
    first, second = (chr(code) for _, code in members)
    return first.isascii() and first.isalpha() and first != second and first.lower() == second.lower()


_REGEX_LITERALS: dict[str, object] = {}  # pattern -> what regex_literals derived (see prime_requirements)


def regex_literals(pattern: object, shortest: int = 3, folded: bool = False) -> object:
    """What a file must contain for a node's text to match ``pattern`` (None: unknown; literals
    of ``shortest`` characters or more: a short one is a poor prefilter for a file, not for a
    function's text searched once, see unit_taint; ``folded``: what it matches case-insensitively
    asks for ("nocase", folded) literals, which only LiteralIndex and a bulk scan's search find)."""
    if not isinstance(pattern, str):
        return None
    if shortest != 3 or folded:
        return _short_regex_literals(pattern, shortest, folded)
    if pattern not in _REGEX_LITERALS:
        _REGEX_LITERALS[pattern] = _derived_regex_literals(pattern)
    return _REGEX_LITERALS[pattern]


@lru_cache(maxsize=1024)
def _short_regex_literals(pattern: str, shortest: int, folded: bool) -> object:
    return _derived_regex_literals(pattern, shortest, folded)


def _derived_regex_literals(pattern: str, shortest: int = 3, folded: bool = False) -> object:
    try:
        from re import _parser

        translate(pattern, ascii_text=True)  # Python's parser reads it as ast-grep's engine does
        # (Rust's ASCII word boundary, which Python's parser refuses: a boundary asks no literal)
        parsed = _parser.parse(pattern.replace("(?-u:\\b)", "\\b").replace("(?-u:\\B)", "\\B"))
    except Exception:  # invalid or exotic syntax (`[a[b]]`: a union to ast-grep): no prefilter
        return None
    return _regex_sequence(list(parsed), shortest, folded, bool(parsed.state.flags & re.IGNORECASE))


def _regexes_in(value: object, out: set[str]) -> set[str]:
    """Every ``regex`` value in a rule document (its taint sources, sinks... included)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "regex" and isinstance(item, str):
                out.add(item)
            else:
                _regexes_in(item, out)
    elif isinstance(value, list):
        for item in value:
            _regexes_in(item, out)
    return out


def word_pattern(names: list[str]) -> str:
    """A regex finding any of ``names`` as a word: no :data:`WORD_EDGES` character around it."""
    return f"(?<!{WORD_EDGES[0]})({'|'.join(map(re.escape, names))})(?!{WORD_EDGES[1]})"


def is_word(requirement: object) -> bool:
    """Whether a requirement is a word (see the module's docstring), as derived or as JSON gave it back."""
    return isinstance(requirement, (tuple, list)) and requirement[0] == WORD


def is_leaf(requirement: object) -> bool:
    """Whether a requirement is a tagged literal, a word or a case-insensitive one (see the
    module's docstring), as derived or as JSON gave it back."""
    return isinstance(requirement, (tuple, list)) and requirement[0] in _LEAVES


def _whole_word(rule: dict) -> object:
    """The word a node matching ``rule`` is, when its regex matches only a name too short to be a
    literal (``^sh$``) and the node is one token (see _TOKEN_KINDS); None otherwise."""
    pattern = rule["regex"]
    found = _WHOLE_SHORT_NAME.fullmatch(pattern) if isinstance(pattern, str) else None
    token = "field" in rule or rule.get("kind") in _TOKEN_KINDS
    return (WORD, found.group(1)) if found and token else None


def required_literals(rule: dict, utils: dict, seen: frozenset = frozenset(), around: bool = True,
                      enclosing: frozenset[str] = frozenset(), shortest: int = 3, indexed: bool = False) -> object:
    """What a file's text must contain for ``rule`` to possibly match (``around`` False: what
    the matched node's own text must contain, leaving out what its ``inside``, ``follows`` and
    ``precedes`` ask of other nodes, and the words of a pattern's context; but for an ``inside``
    whose ``kind`` is one of ``enclosing``, nodes the caller knows hold no more text than it
    asks about; ``shortest``: see regex_literals; ``indexed``: the requirement is met against what
    LiteralIndex or a bulk scan's search finds, so a regex matching only a short name asks for it as
    a word, and one matching case-insensitively for ("nocase", folded) literals)."""
    if not isinstance(rule, dict):
        return None
    parts = []
    if "pattern" in rule and (around or isinstance(rule["pattern"], str)):
        parts.append(_pattern_literals(rule["pattern"]))
    if "regex" in rule:
        literals = regex_literals(rule["regex"], shortest, indexed)
        parts.append(_whole_word(rule) if literals is None and indexed else literals)
    deeper = (utils, seen, around, enclosing, shortest, indexed)
    for key in ("has", "inside", "follows", "precedes"):
        if key in rule and (around or key == "has"
                            or key == "inside" and isinstance(rule[key], dict) and rule[key].get("kind") in enclosing):
            parts.append(required_literals(rule[key], *deeper))
    if "all" in rule and isinstance(rule["all"], list):
        parts.extend(required_literals(r, *deeper) for r in rule["all"])
    if "any" in rule and isinstance(rule["any"], list):
        parts.append(any_of([required_literals(r, *deeper) for r in rule["any"]]))
    if "matches" in rule and rule["matches"] in utils and rule["matches"] not in seen:
        name = rule["matches"]
        parts.append(required_literals(utils[name], utils, seen | {name}, *deeper[2:]))
    return all_of(parts)


def requirement_met(requirement: object, present: set[str]) -> bool:
    """Whether the literals found in a file (see LiteralIndex) satisfy a requirement."""
    if requirement is None:
        return True
    if isinstance(requirement, str):
        return requirement in present
    mode, parts = requirement
    if mode in _LEAVES:
        return (mode, parts) in present
    wanted = mode != "all"  # "any" holds at the first part met, "all" fails at the first not
    for part in parts:  # a loop, not all()/any() over a generator: ~1,000 calls a file
        if (part in present if isinstance(part, str) else requirement_met(part, present)) == wanted:
            return wanted
    return not wanted


def requirement_literals(*requirements: object) -> set[str]:
    """Every literal (and word, as a tuple) the requirements mention, each shared subtree walked
    once (taint probes share their rules' large sink requirements)."""
    literals, seen, stack = set(), set(), list(requirements)
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            literals.add(item)
        elif is_leaf(item):
            literals.add((item[0], item[1]))
        elif item is not None and id(item) not in seen:
            seen.add(id(item))
            stack.extend(item[1])
    return literals


def _as_json(requirement: object) -> object:
    """A requirement as JSON gives it back (lists for tuples); it means the same."""
    if is_leaf(requirement):
        return [requirement[0], requirement[1]]
    if isinstance(requirement, (tuple, list)):
        return [requirement[0], [_as_json(p) for p in requirement[1]]]
    return requirement


def _well_formed(requirement: object) -> bool:
    if requirement is None or isinstance(requirement, str):
        return True
    if isinstance(requirement, list) and len(requirement) == 2 and requirement[0] in _LEAVES:
        return isinstance(requirement[1], str)
    return (isinstance(requirement, list) and len(requirement) == 2 and requirement[0] in ("all", "any")
            and isinstance(requirement[1], list) and all(map(_well_formed, requirement[1])))


@lru_cache(maxsize=1)
def _requirements_kind() -> str:
    """The cache kind of rules' requirements: this Python's regex parser and the code deriving them."""
    import sys

    here = Path(__file__).parent
    code = hashlib.sha256()
    for module in sorted({path for name in _DERIVING for path in here.glob(name)}):
        code.update(module.read_bytes())
    return f"rule-requirements-{sys.version_info[0]}.{sys.version_info[1]}-{code.hexdigest()[:16]}"


def prime_requirements(rules) -> None:
    """Give ``rules`` their ``requirement``, and their regular expressions what regex_literals
    derives (for taint rules' sources and sinks too), from the user's cache, keyed by the rules:
    deriving them parses some 500 regular expressions, ~40 ms of every command's start-up and
    as much again where a taint rule first runs (each worker of a bulk scan). A miss derives
    them and stores them. (The built-in rules come with theirs: see builtin_packs.)"""
    missing = [r for r in rules if "requirement" not in r.__dict__]
    if not missing:
        return
    try:
        # a rule's config is made from its document. marshal's version 2 writes no references, so
        # equal documents give the same bytes but for string interning, which documents read from
        # YAML or JSON never have; a different key would only be a miss. ~4x faster than json.dumps.
        content = marshal.dumps([r.document for r in missing], 2)
    except ValueError:  # a value marshal cannot hold: derive them here
        return
    kind = _requirements_kind()
    key = usercache.content_key(kind, content)
    cached = usercache.read_json(kind, key)
    if not (isinstance(cached, dict) and isinstance(cached.get("rules"), list) and len(cached["rules"]) == len(missing)
            and all(map(_well_formed, cached["rules"])) and isinstance(cached.get("regexes"), dict)
            and all(map(_well_formed, cached["regexes"].values()))):
        requirements, regexes = derived_requirements(missing)
        cached = {"rules": [_as_json(r) for r in requirements],
                  "regexes": {pattern: _as_json(requirement) for pattern, requirement in regexes.items()}}
        usercache.write_json(kind, key, cached)
    adopt_requirements(missing, cached["rules"], cached["regexes"])


def derived_requirements(rules) -> tuple[list, dict[str, object]]:
    """Each rule's requirement, and what regex_literals derives for every regular expression in
    their documents (taint rules' sources and sinks included): what adopt_requirements takes."""
    regexes: set[str] = set()
    for rule in rules:
        _regexes_in(rule.document, regexes)
    return [rule.requirement for rule in rules], {pattern: regex_literals(pattern) for pattern in sorted(regexes)}


def adopt_requirements(rules, requirements: list, regexes: dict[str, object]) -> None:
    """Give ``rules`` the ``requirements`` derived_requirements gave rules with their documents,
    and regex_literals what it gave for their ``regexes``."""
    for pattern, requirement in regexes.items():
        _REGEX_LITERALS.setdefault(pattern, requirement)
    for rule, requirement in zip(rules, requirements):
        rule.__dict__["requirement"] = requirement  # what the cached_property would hold


class LiteralIndex:
    """Finds in one pass (Aho-Corasick) which of some rules' prefilter literals a
    text contains: ~0.4 ms for 1,000 lines, where one substring search per
    literal cost ~11 ms. Case-insensitive literals are searched for in a second pass, over
    the text case-folded (a copy made only where some rule asks for one)."""

    def __init__(self, rules) -> None:
        prime_requirements(rules)
        self._build(requirement_literals(*(r.requirement for r in rules)))

    @classmethod
    def of_literals(cls, literals) -> LiteralIndex:
        """An index of ``literals`` themselves (not of rules' requirements)."""
        index = cls.__new__(cls)
        index._build(literals)
        return index

    def _build(self, literals) -> None:
        literals = set(literals)
        words = sorted(literal[1] for literal in literals if is_word(literal))
        self.literals = sorted(literal for literal in literals if isinstance(literal, str))
        self._exact = _LiteralSearcher(self.literals)
        self._folded = _LiteralSearcher(sorted(literal[1] for literal in literals if is_leaf(literal)
                                               and literal[0] == NOCASE))
        self.literal_set = frozenset(self.literals).union((WORD, name) for name in words).union(
            (NOCASE, folded) for folded in self._folded.literals)
        self._words = re.compile(word_pattern(words)) \
            if words else None

    def present(self, text: str) -> frozenset[str | tuple[str, str]]:
        """The literals ``text`` holds, its words and its case-insensitive literals (as
        requirement_met asks for them)."""
        found = frozenset((WORD, name) for name in self._words.findall(text)) if self._words is not None else frozenset()
        if self._folded.literals:
            found = found.union((NOCASE, folded) for folded in self._folded.present(text.casefold()))
        return found | self._exact.present(text) if self._exact.literals else found


class _LiteralSearcher:
    """Which of some literals a text holds: an Aho-Corasick automaton, its NFA at first, a DFA
    from the :data:`_DFA_AFTER`-th text on."""

    def __init__(self, literals: list[str]) -> None:
        self.literals = literals
        self._searches = 0
        self._automaton = self._automaton_of(dfa=False) if literals else None

    def _automaton_of(self, dfa: bool, literals: list[str] | None = None):
        """The automaton of the literals (``literals``: of those): a DFA, or the library's choice
        (an NFA, quick to build)."""
        import ahocorasick_rs

        return ahocorasick_rs.AhoCorasick(self.literals if literals is None else literals,
                                          implementation=ahocorasick_rs.Implementation.DFA if dfa else None)

    def present(self, text: str) -> frozenset[str]:
        """The literals ``text`` holds. Overlapping matches are one per literal and position: a
        long text is searched part by part (see _present_in_parts)."""
        self._searches += 1
        if self._searches == _DFA_AFTER:  # a DFA searches ~1.7x faster, for ~7 ms more to build
            self._automaton = self._automaton_of(dfa=True)
        if len(text) > 2 * _PART:
            return self._present_in_parts(text)
        literals = self.literals
        return frozenset(literals[i] for i, _, _ in self._automaton.find_matches_as_indexes(text, overlapping=True))

    def _present_in_parts(self, text: str) -> frozenset[str]:
        """present for a long text, in parts of :data:`_PART` characters: once a part holds more
        than :data:`_DENSE` matches, the literals found are no longer searched for. A 985 KB Pug
        file of deeper and deeper indentation held the indentation literals (four spaces, six, ...)
        at nearly every character: 4.8 million matches, 794 MB and 9 s of CPU in one search; now
        each literal is matched in at most one dense part, the rest found as before."""
        left, automaton, found = self.literals, self._automaton, set()
        reach = _PART + max(map(len, left)) - 1  # (a match across a part's end is read whole)
        for start in range(0, len(text), _PART):
            matches = automaton.find_matches_as_indexes(text[start:start + reach], overlapping=True)
            found.update(left[i] for i, _, _ in matches)
            if len(matches) > _DENSE:
                left = [literal for literal in left if literal not in found]
                if not left:
                    break
                automaton = self._automaton_of(dfa=False, literals=left)
        return frozenset(found)
