"""Semgrep rule files (``rules:`` a list of rules with ``languages`` and ``pattern...`` keys),
translated into ast-grep rule documents where each key has an equivalent; a rule using a key
that has none is refused, naming the keys."""

from __future__ import annotations

import itertools
import re

from postil.analyzers.languages import RULE_LANGUAGE_TARGETS, SUPPORTED_LANGUAGES, canonical_language

TRANSLATED_KEYS = ("pattern", "patterns", "pattern-either", "pattern-not", "pattern-inside", "pattern-not-inside",
                   "metavariable-regex", "message", "severity", "languages", "metadata", "fix", "paths")
_FORMULA_KEYS = ("pattern", "pattern-either", "patterns")
_RULE_KEYS = {"id", "message", "severity", "languages", "metadata", "fix", "paths", *_FORMULA_KEYS}
_SEVERITIES = {"ERROR": "error", "CRITICAL": "error", "HIGH": "error", "WARNING": "warning", "MEDIUM": "warning",
               "INFO": "info", "LOW": "info", "INVENTORY": "info", "EXPERIMENT": "info"}
_LANGUAGES = {"python2": "python", "python3": "python", "node": "javascript", "node.js": "javascript"}
# a string literal, Semgrep's `$...NAME`, its `...`, or its deep expression `<... P ...>`
_TOKENS = re.compile(r"""(?P<string>[A-Za-z]{0,2}("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'))"""
                     r"|\$\.\.\.(?P<spread>[A-Z_][A-Z0-9_]*)|(?P<deep><\.\.\.|\.\.\.>)|(?P<ellipsis>\.\.\.)")
_MAX_OPTIONAL = 4  # variants double with each
_ANY_STRING = re.compile(r"""^[A-Za-z]{0,2}(["'])\.\.\.\1$""")


class Untranslatable(Exception):
    """A Semgrep key or construct with no ast-grep equivalent, or a rule that is not well formed."""


def is_semgrep_file(doc: object) -> bool:
    """A Semgrep rule file: a mapping holding a ``rules`` list (an ast-grep rule has ``id``)."""
    return isinstance(doc, dict) and "id" not in doc and isinstance(doc.get("rules"), list)


def translate_file(doc: dict) -> list[tuple[str | None, dict | str]]:
    """(rule id, ast-grep rule document or the problem) for each rule of a Semgrep file."""
    out: list[tuple[str | None, dict | str]] = []
    for rule in doc["rules"]:
        rule_id = rule.get("id") if isinstance(rule, dict) and isinstance(rule.get("id"), str) else None
        if rule_id is None:
            out.append((None, "a Semgrep rule without `id`"))
            continue
        try:
            out.extend((rule_id, translated) for translated in _translate_rule(rule))
        except Untranslatable as exc:
            instead = ("a taint rule (`metadata.taint`, see README)" if rule.get("mode") == "taint"
                       else "an ast-grep rule (id, language, rule)")
            out.append((rule_id, f"a Semgrep rule postil cannot translate: {exc} (postil translates "
                                 f"{', '.join(TRANSLATED_KEYS)}); not loaded: write it as {instead}"))
    return out


def _translate_rule(rule: dict) -> list[dict]:
    unknown = sorted(map(str, set(rule) - _RULE_KEYS))
    if unknown:
        named = ", ".join(f"`{key[:60]}`" for key in unknown[:10])
        raise Untranslatable(f"{named} {'has' if len(unknown) == 1 else 'have'} no ast-grep equivalent")
    formulas = [key for key in _FORMULA_KEYS if key in rule]
    if len(formulas) != 1:
        raise Untranslatable("a rule without exactly one of `pattern`, `patterns`, `pattern-either`")
    constraints: dict[str, dict] = {}
    matcher = _formula({formulas[0]: rule[formulas[0]]}, constraints)
    base = {"message": str(rule.get("message", rule["id"])).strip(),
            "severity": _SEVERITIES.get(str(rule.get("severity", "WARNING")).upper(), "warning"),
            "rule": matcher}
    if constraints:
        base["constraints"] = constraints
    if isinstance(rule.get("metadata"), dict):
        base["metadata"] = rule["metadata"]
    if isinstance(rule.get("fix"), str):
        base["fix"] = rule["fix"]
    base.update(_paths(rule.get("paths")))
    languages = _languages(rule.get("languages"))
    return [{"id": rule["id"] if len(languages) == 1 else f"{rule['id']}/{language}", "language": language, **base}
            for language in languages]


def _languages(names: object) -> list[str]:
    """The rule's languages as postil names, TypeScript folded into JavaScript (whose rules run on it)."""
    if not isinstance(names, list) or not names:
        raise Untranslatable("a rule without `languages`")
    found: list[str] = []
    for name in names:
        language = canonical_language(_LANGUAGES.get(str(name).lower(), str(name).lower()))
        if language not in SUPPORTED_LANGUAGES:
            raise Untranslatable(f"`languages: [{str(name)[:40]}]` is not a language postil parses")
        if language not in found:
            found.append(language)
    if "javascript" in found:
        found = [lang for lang in found if lang == "javascript" or lang not in RULE_LANGUAGE_TARGETS["javascript"]]
    return found


def _formula(node: object, constraints: dict[str, dict]) -> dict:
    """The ast-grep rule for one Semgrep formula (a mapping with one pattern key)."""
    if not isinstance(node, dict) or len(node) != 1:
        raise Untranslatable("a pattern item that is not one key (`pattern: ...`)")
    (key, value), = node.items()
    if key == "pattern":
        return _pattern(value)
    if key == "pattern-either":
        return {"any": [_formula(item, constraints) for item in _items(key, value)]}
    if key == "patterns":
        conjuncts = [_conjunct(item, constraints) for item in _items(key, value)]
        return {"all": [c for c in conjuncts if c is not None]}
    raise Untranslatable(f"`{str(key)[:60]}` has no ast-grep equivalent")


def _conjunct(item: object, constraints: dict[str, dict]) -> dict | None:
    """One item of ``patterns`` (None: a ``metavariable-regex``, which becomes a constraint)."""
    if not isinstance(item, dict) or len(item) != 1:
        raise Untranslatable("a `patterns` item that is not one key (`pattern-not: ...`)")
    (key, value), = item.items()
    if key == "pattern-not":
        return {"not": _formula(value if isinstance(value, dict) else {"pattern": value}, constraints)}
    if key in ("pattern-inside", "pattern-not-inside"):
        inside = {"inside": {**_formula(value if isinstance(value, dict) else {"pattern": value}, constraints),
                             "stopBy": "end"}}
        return inside if key == "pattern-inside" else {"not": inside}
    if key == "metavariable-regex":
        value = value if isinstance(value, dict) else {}
        name, regex = value.get("metavariable"), value.get("regex")
        if not (isinstance(name, str) and re.fullmatch(r"\$[A-Z_][A-Z0-9_]*", name) and isinstance(regex, str)):
            raise Untranslatable("a `metavariable-regex` without `metavariable: $NAME` and `regex`")
        if name[1:] in constraints:
            raise Untranslatable(f"two `metavariable-regex` on `{name}`")
        constraints[name[1:]] = {"regex": f"^(?:{regex})"}  # Semgrep matches from the start of the text
        return None
    return _formula(item, constraints)


def _items(key: str, value: object) -> list:
    if not isinstance(value, list) or not value:
        raise Untranslatable(f"a `{key}` that is not a list of patterns")
    return value


def _pattern(text: object) -> dict:
    """A Semgrep pattern as an ast-grep rule: ``...`` and ``$...X`` become ``$$$`` and ``$$$X``;
    a string of ``...`` (any string) becomes a metavariable whose text must be a literal. An
    ellipsis beside a comma may stand for nothing, comma included, where ast-grep's ``$$$``
    after a comma needs something: each such one gives a variant without it (``any``)."""
    if not isinstance(text, str):
        raise Untranslatable("a `pattern` that is not text")
    parts: list[str | tuple[str, str]] = []  # text, or (with the ellipsis, without it)
    strings: list[str] = []  # the metavariables standing for `"..."`
    last = 0
    for token in _TOKENS.finditer(text):
        if token.start() < last:  # inside the comma an optional ellipsis took
            continue
        if token.group("deep"):
            raise Untranslatable("the deep expression `<... ...>` has no ast-grep equivalent")
        if token.group("string"):
            parts.append(text[last:token.start()])
            if _ANY_STRING.match(token.group("string")):
                strings.append(f"$SEMGREP_STRING_{len(strings) + 1}")
                parts.append(strings[-1])
            else:
                parts.append(token.group("string"))
            last = token.end()
            continue
        ellipsis = f"$$${token.group('spread')}" if token.group("spread") else "$$$"
        before = re.search(r",\s*$", text[last:token.start()])
        after = re.match(r"\s*,\s*", text[token.end():])
        if before:
            parts += [text[last:last + before.start()], (", " + ellipsis, "")]
            last = token.end()
        elif after:
            parts += [text[last:token.start()], (ellipsis + ", ", "")]
            last = token.end() + after.end()
        else:
            parts += [text[last:token.start()], ellipsis]
            last = token.end()
    parts.append(text[last:])
    optional = [p for p in parts if isinstance(p, tuple)]
    if len(optional) > _MAX_OPTIONAL:
        raise Untranslatable(f"a pattern with more than {_MAX_OPTIONAL} `...` beside commas")
    variants = []
    for choice in itertools.product((0, 1), repeat=len(optional)):
        picks = iter(choice)
        variants.append("".join(p if isinstance(p, str) else p[next(picks)] for p in parts).strip())
    matcher = {"pattern": variants[0]} if len(variants) == 1 else {"any": [{"pattern": v} for v in variants]}
    if not strings:
        return matcher
    # checked in the rule itself (not as constraints): ast-grep allows constraints only on
    # metavariables a positive part binds, and `pattern-not: f("...")` is common
    plain_literal = r"""^[rRbBuU]{0,2}["']"""  # a string literal, not an f-string
    return {"all": [matcher, *({"has": {"stopBy": "end", "pattern": s, "regex": plain_literal}} for s in strings)]}


def _paths(paths: object) -> dict:
    """Semgrep's ``paths`` (gitignore-style ``include``/``exclude``) as ``files``/``ignores`` globs."""
    if paths is None:
        return {}
    if not isinstance(paths, dict) or set(paths) - {"include", "exclude"}:
        raise Untranslatable("`paths` other than `include` and `exclude` lists")
    out = {}
    for key, field in (("include", "files"), ("exclude", "ignores")):
        globs = paths.get(key) or []
        if not isinstance(globs, list):
            raise Untranslatable(f"`paths.{key}` that is not a list")
        out[field] = [g for glob in globs for g in _globs(str(glob))]
    return {k: v for k, v in out.items() if v}


def _globs(glob: str) -> list[str]:
    """A gitignore-style pattern as postil's globs (which match at any depth): the path, and
    what it holds when it is a directory."""
    glob = glob.strip("/")
    return [glob, f"{glob}/**"]
