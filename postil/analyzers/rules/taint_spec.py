"""Taint rules' ``taint:`` key: its sources, sinks, sanitizers, propagators and guards as
ast-grep rules (:class:`TaintSpec`), parsed and checked when a rule loads, and the probe
that finds where a rule's sources may be."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from postil.analyzers.rules.taint_grammar import GRAMMARS
from postil.core.userregex import Program, UserRegexError, compile_pattern, escape


@dataclass(frozen=True)
class ParameterSource:
    """Parameters of functions matching ``function`` (an ast-grep rule on the function
    node), whose node matches ``rule`` and whose name matches ``name`` and not ``not_name``
    (regexes: RE2, read as ast-grep reads a rule's; see postil.core.userregex)."""

    function: dict | None = None
    rule: dict | None = None
    name: Program | None = None
    label: str | None = None  # what the data is, when not the spec's label
    unless: str | None = None  # a regex on the function's text, `{name}` the parameter's: then it is not a source
    not_name: Program | None = None

    def takes(self, name: str) -> bool:
        """Whether a parameter called ``name`` may be a source (its name alone says)."""
        return (self.name is None or self.name.found(name)) and (self.not_name is None or not self.not_name.found(name))


@dataclass(frozen=True)
class Matcher:
    """One ast-grep rule of a taint list, with its constraints; ``focus`` names the
    metavariables a sink checks, or a sanitizer cleans (none: the whole match);
    ``source``/``target`` are a propagator's metavariables."""

    config: dict
    focus: tuple[str, ...] = ()
    source: str | None = None
    target: str | None = None
    label: str | None = None  # a source's own label
    unsafe: bool = False  # a guard check that holds for unsafe data (`".." in name`)


@dataclass(frozen=True)
class TaintSpec:
    """A taint rule's flow: the data its sources give, the sinks it must not reach, and
    what cleans it (sanitizers, guards) or carries it (propagators)."""

    label: str
    sources: tuple[Matcher, ...]
    parameters: tuple[ParameterSource, ...]
    sinks: tuple[Matcher, ...]
    sanitizers: tuple[Matcher, ...] = ()
    propagators: tuple[Matcher, ...] = ()
    guards: tuple[Matcher, ...] = ()  # checks: what they read is clean where they hold (see taint_guards)
    report: str = "sink"  # where a flow is reported: at its sink, or at its source (the value that is the problem)
    imports: bool = True  # whether what imported workspace functions give brings a file into the analysis
    written: object = field(default=None, compare=False, hash=False, repr=False)  # the `taint:` mapping it was read from

    def name(self) -> str:
        """The spec named by the mapping it was read from (its digest): the same in every process that
        loads the rule, so that a later run can find it again (see result_cache.reuse)."""
        return hashlib.sha256(json.dumps(self.written, sort_keys=True, default=str).encode()).hexdigest()[:24]

    def configs(self) -> list[dict]:
        """Every ast-grep rule the spec holds, as find_all configs (for compile checks)."""
        configs = [m.config for m in (*self.sources, *self.sinks, *self.sanitizers, *self.propagators, *self.guards)]
        for p in self.parameters:
            configs.extend({"rule": t} for t in (p.function, p.rule) if t)
        return configs


_ITEM_KEYS = {"focus", "constraints", "from", "to", "label", "unsafe"}
_LISTS = ("sources", "sinks", "sanitizers", "propagators", "guards")


def parse_taint(value: object, check_tree: Callable[[object, str], str | None]) -> TaintSpec | str:
    """A ``taint:`` mapping as a :class:`TaintSpec`, or the problem with it.
    ``check_tree`` validates one ast-grep rule tree (the loader's checker)."""
    if not isinstance(value, dict):
        return "`taint` must be a mapping with sources and sinks"
    unknown = set(value) - {*_LISTS, "label", "report", "imports"}
    if unknown:
        return f"unknown key `{min(unknown)}` in `taint`"
    if value.get("report", "sink") not in ("sink", "source"):
        return "`taint.report` must be `sink` or `source`"
    if not isinstance(value.get("imports", True), bool):
        return "`taint.imports` must be true or false"
    lists: dict[str, list] = {}
    for key in _LISTS:
        items = value.get(key) or []
        if not isinstance(items, list):
            return f"`taint.{key}` must be a list of ast-grep rules"
        lists[key] = items
    if not lists["sources"] or not lists["sinks"]:
        return "`taint` needs at least one source and one sink"
    parsed: dict[str, list] = {key: [] for key in _LISTS}
    parameters = []
    for key, items in lists.items():
        for i, item in enumerate(items):
            where = f"taint.{key}[{i}]"
            if not isinstance(item, dict):
                return f"`{where}` must be a mapping"
            if key == "sources" and "parameter" in item:
                built = _parameter_source(item["parameter"], f"{where}.parameter", check_tree)
                if isinstance(built, str):
                    return built
                parameters.append(built)
                continue
            tree = {k: v for k, v in item.items() if k not in _ITEM_KEYS}
            problem = check_tree(tree, where)
            if problem:
                return problem
            config = {"rule": tree}
            if item.get("constraints"):
                config["constraints"] = item["constraints"]
            focus = item.get("focus") or ()
            focus = (focus,) if isinstance(focus, str) else tuple(focus)
            names = [n.lstrip("$") for n in (*focus, item.get("from"), item.get("to")) if n]
            if not all(isinstance(n, str) and n for n in names):
                return f"`{where}`: focus, from and to name metavariables such as $ARG"
            if "unsafe" in item and key != "guards":
                return f"`{where}`: only guards take `unsafe`"
            if key == "propagators" and not (item.get("from") and item.get("to")):
                return f"`{where}` needs `from` and `to` metavariables"
            parsed[key].append(Matcher(config, tuple(f.lstrip("$") for f in focus),
                                       (item.get("from") or "").lstrip("$") or None,
                                       (item.get("to") or "").lstrip("$") or None,
                                       str(item["label"]) if item.get("label") else None,
                                       bool(item.get("unsafe"))))
    label = value.get("label", "untrusted input")
    return TaintSpec(str(label), tuple(parsed["sources"]), tuple(parameters), tuple(parsed["sinks"]),
                     tuple(parsed["sanitizers"]), tuple(parsed["propagators"]), tuple(parsed["guards"]),
                     value.get("report", "sink"), value.get("imports", True), value)


_PARAMETER_KEYS = {"function", "rule", "name", "not-name", "label", "unless"}


def _parameter_source(value: object, where: str, check_tree) -> ParameterSource | str:
    """A source's ``parameter`` mapping as a :class:`ParameterSource`, or the problem with it."""
    if not isinstance(value, dict) or not set(value) <= _PARAMETER_KEYS or not value:
        return (f"`{where}` takes `function`, `rule` (ast-grep rules), `name`, `not-name` and `unless` (regexes) "
                "and `label`")
    for key in ("function", "rule"):
        if key in value:
            problem = check_tree(value[key], f"{where}.{key}")
            if problem:
                return problem
    programs: dict[str, Program] = {}
    for key in ("name", "not-name", "unless"):
        try:
            if key in value:
                programs[key] = compile_pattern(str(value[key]).replace("{name}", "x"))
        except UserRegexError as exc:
            return f"`{where}.{key}` is not a valid regex here: {exc}"
    return ParameterSource(value.get("function"), value.get("rule"), programs.get("name"),
                           str(value["label"]) if value.get("label") else None,
                           str(value["unless"]) if "unless" in value else None, programs.get("not-name"))


@lru_cache(maxsize=1024)
def unless_program(unless: str, name: str) -> Program:
    """A parameter source's ``unless`` for the parameter ``name`` (checked when the rule loaded)."""
    return compile_pattern(unless.replace("{name}", escape(name)))


def source_probe(spec: TaintSpec, language: str) -> dict | None:
    """An ast-grep rule that matches wherever a source may be (constraints dropped, so
    it over-approximates), for bulk scans to pick the files worth a flow analysis;
    None when a source cannot be narrowed down so (a parameter of any function)."""
    functions = {"any": [{"kind": k} for k in sorted(GRAMMARS[language].scopes)]}
    trees = [m.config["rule"] for m in spec.sources]
    for p in spec.parameters:
        if p.function is None and p.rule is None:
            return None
        narrowed = [functions] + ([p.function] if p.function else []) \
            + ([{"has": {"stopBy": "end", "any": [p.rule]}}] if p.rule else [])
        trees.append({"all": narrowed})
    return {"any": trees}


def probe_content(spec: TaintSpec, language: str, probe: dict) -> str:
    """A source probe's identity: its language, its rule (see source_probe) and the
    constraints of its sources, which a bulk scan runs with them (see bulk_documents.probes), so that
    what it finds is a source."""
    return json.dumps([language, probe, [m.config.get("constraints") for m in spec.sources]], sort_keys=True)
