"""A rule as postil runs it (:class:`Rule`: validated, with its prefilter requirement
and, for a taint rule, its flow spec) and a rule that could not be loaded (:class:`RuleError`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property

from postil.analyzers.findings import Severity
from postil.analyzers.languages import rule_targets
from postil.analyzers.rules.literal_prefilter import all_of, any_of, required_literals
from postil.analyzers.rules.scoped_names import ScopedJoin
from postil.analyzers.rules.taint_spec import TaintSpec, probe_content, source_probe
from postil.core.path_globs import PathGlobs, shared_globs


@dataclass(frozen=True)
class RuleError:
    """A rule that could not be loaded."""

    path: str
    rule_id: str | None
    problem: str

    def __str__(self) -> str:
        where = f"{self.path}: rule {self.rule_id!r}" if self.rule_id else self.path
        return f"{where}: {self.problem}"


@dataclass(frozen=True)
class Rule:
    """One pattern rule, validated, with its prefilter."""

    id: str
    language: str
    severity: Severity | None  # None: severity "off"
    message: str
    config: dict  # what ast-grep-py's find_all takes: rule, constraints, utils, transform
    fix: str | None = None
    expand_end: dict | None = None
    expand_start: dict | None = None
    note: str | None = None
    url: str | None = None  # an https address (core.web_address.https_url), else None
    dropped_url: str | None = None  # the rule's `url` when it was not one (shown by `rules test`, `doctor`)
    metadata: dict = field(default_factory=dict)
    files: tuple[str, ...] = ()
    ignores: tuple[str, ...] = ()
    source: str = ""
    taint: TaintSpec | None = None  # postil's extension: a flow from sources to sinks
    document: dict = field(default_factory=dict, repr=False)  # the YAML mapping, for ast-grep's CLI
    api_names: frozenset[str] = frozenset()  # what its patterns name (import_aliases.api_names)
    repeats: tuple[str, str] | None = None  # (metavariable, relation): matches joined so (see repeated_siblings)
    scoped: ScopedJoin | None = None  # how its opens are joined with their names' releases (see scoped_names)

    @property
    def targets(self) -> tuple[str, ...]:
        """The file languages this rule runs on."""
        return rule_targets(self.language)

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    @cached_property
    def path_globs(self) -> tuple[PathGlobs | None, PathGlobs | None]:
        """Its ``files`` and ``ignores`` globs compiled, kept for every file the rule set meets
        (a repository's thousands of rules passed the shared cache, compiled again each file)."""
        return (shared_globs(self.files) if self.files else None, shared_globs(self.ignores) if self.ignores else None)

    @cached_property
    def taint_probe(self) -> tuple[str, dict] | None:
        """(id, ast-grep rule) matching wherever this taint rule's sources may be, for bulk
        scans; rules with the same sources (and constraints) share the id (None: no probe
        narrows it down)."""
        probe = source_probe(self.taint, self.language) if self.taint is not None else None
        if probe is None:
            return None
        digest = hashlib.sha256(probe_content(self.taint, self.language, probe).encode()).hexdigest()[:16]
        return f"taint-sources-{digest}", probe

    @cached_property
    def requirement(self) -> object:
        """Literals a file must contain for this rule to match (see required_literals)."""
        utils = self.config.get("utils") or {}
        if self.taint is not None:  # some source and some sink must occur
            return all_of([any_of([required_literals(m.config["rule"], utils) for m in self.taint.sinks]),
                           any_of([required_literals(m.config["rule"], utils) for m in self.taint.sources]
                                  + [all_of([required_literals(t, utils) for t in (p.function, p.rule) if t])
                                     for p in self.taint.parameters])])
        return all_of(
            [required_literals(self.config["rule"], utils, indexed=True)]
            + [required_literals(c, utils, indexed=True) for c in (self.config.get("constraints") or {}).values()]
        )
