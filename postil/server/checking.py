"""Checking one document's text with the rules (what the check process runs: check_child): the checker
cache for the workspace, the check itself and what it produced. Nothing here speaks LSP, so the
first check can run before the language server's libraries are loaded (``postil.server.front``).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from postil.analyzers.findings import Finding, LineIndex
from postil.analyzers.languages import language_of
from postil.analyzers.parse_limits import unparseable
from postil.analyzers.rules.rule_error_lines import problem_lines
from postil.core.deadline import TimeLimitExceeded
from postil.server import lazy_engine
from postil.server.document_depth import too_deep
from postil.server.uris import uri_to_path

if TYPE_CHECKING:
    from postil.server.session import DocumentState, Session

log = logging.getLogger("postil.server")


@dataclass
class CheckResult:
    """What one check of one document text produced (built in the check process)."""

    findings: list[Finding] = field(default_factory=list)
    index: LineIndex | None = None
    skipped: str | None = None
    problems: list[str] = field(default_factory=list)  # config / rule file problems to show once
    overran: bool = False  # skipped for its time: the editor is told the file was not checked
    seconds: float = 0.0
    units: tuple[int, int] | None = None  # (recomputed, of) the document's functions and classes
    searched: int | None = None  # how many rules an open document's check searched (see DocumentRules.rules_searched)
    generation: int = 0  # Session.cache_generation when the check was asked for

    def current(self, session: Session) -> bool:
        """False when settings, config or rules were reloaded since the check started."""
        return self.generation == session.cache_generation


def cache_for(session: Session, folders: list[Path]) -> lazy_engine.WorkspaceCheckerCache:
    """The checker cache (built in the worker thread after a settings or file change)."""
    cache = session.cache
    generation = session.cache_generation  # read before the settings (reload bumps it after)
    if cache is None or cache.generation != generation:
        cache = session.cache = lazy_engine.WorkspaceCheckerCache(session.settings, folders, generation)
    return cache


def warm_up(session: Session, folders: list[Path]) -> None:
    """Load the engine and the rule packs of each workspace folder's config
    (worker thread, right after ``initialize``) before a document needs them."""
    started = time.perf_counter()
    try:
        cache = cache_for(session, folders)
        for folder in folders or [Path.cwd()]:
            cache.for_path(folder)
    except Exception:
        log.exception("loading the rules failed")
        return
    log.debug("engine and rules loaded in %.0f ms", 1000 * (time.perf_counter() - started))


def _problems(cache: lazy_engine.WorkspaceCheckerCache, checker) -> list[str]:
    problems, cache.errors = list(cache.errors), []
    problems.extend(problem_lines(checker.rule_errors))
    return problems


# Lines from which a document is checked whole, not function by function keeping the unchanged
# ones' results: there the bookkeeping costs more than it keeps (100,000 one-line statements, the
# hostile-document test's: 2.1 s of CPU a check kept unit by unit, 1.2 s whole; SQLAlchemy's
# 7,800-line compiler.py after a one-line edit: 0.51 s and 0.48 s).
INCREMENTAL_LINES = 20_000


def check_text(session: Session, folders: list[Path], uri: str, text: str,
               buffers: dict[str, str] | None = None) -> CheckResult:
    """Check one document's text with the config nearest to it (runs in the check process);
    ``buffers``: the open documents' texts by URI, read in place of their files where the
    check follows data into the modules the document imports."""
    started = time.perf_counter()
    result = CheckResult()
    path = uri_to_path(uri) or Path(uri.rsplit("/", 1)[-1])
    cache = cache_for(session, folders)
    checker = cache.for_path(path)
    checker.modules.overlay = {p.resolve(): t for u, t in (buffers or {}).items() if (p := uri_to_path(u)) is not None}
    result.problems = _problems(cache, checker)
    limit = checker.loaded.settings.max_file_size
    if len(text) > limit and len(text.encode("utf-8", "surrogatepass")) > limit:
        result.skipped = f"larger than max-file-size ({limit} bytes)"
    elif "\0" in text[:lazy_engine.BINARY_SNIFF_BYTES]:
        result.skipped = "binary content"
    elif (lines := text.count("\n")) >= cache.settings.max_document_lines:  # the settings the checkers were built with
        result.skipped = f"more than maxDocumentLines ({cache.settings.max_document_lines}) lines"
    elif (why := unparseable(text, language_of(path)) or too_deep(uri, text, language_of(path))) is not None:
        result.skipped = why
    else:
        if not _encodable(text):
            # Lone surrogates (undecodable bytes the client passed through): one
            # code point each, so replacing them keeps every column where it was.
            text = text.encode("utf-8", "replace").decode("utf-8")
        try:
            result.findings = checker.check_text(path, text, incremental=lines < INCREMENTAL_LINES)
            result.index = LineIndex(text)
            result.units = checker.kept_units(str(path))
            if lines < INCREMENTAL_LINES:
                result.searched = len(checker.document_rules(str(path)).rules_searched)
        except TimeLimitExceeded as exc:
            result.skipped, result.overran = str(exc), True
    result.seconds = time.perf_counter() - started
    return result


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def store(state: DocumentState, version: int | None, result: CheckResult) -> None:
    state.findings = result.findings
    state.index = result.index
    state.skipped = result.skipped
    state.overran = result.overran
    state.result_version = version
    state.result_id = f"{version}-{time.monotonic_ns()}"
    state.lint_seconds = result.seconds
