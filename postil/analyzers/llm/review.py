"""One unit of review, end to end: triage → retrieval → prompt → provider → parse →
anchor → findings (``source="llm"``, rule ``llm/<category>``).

The reviewer is shared by the CLI and the server; it never imports LSP libraries.
Rules keep working whatever happens here: a provider failure, an open circuit or a
spent budget turns into one message and no LLM findings.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from postil.analyzers import baseline
from postil.analyzers.findings import Finding, LineIndex, Severity
from postil.analyzers.languages import language_of
from postil.analyzers.llm import anchor as anchoring
from postil.analyzers.llm.context_window import ContextWindow, prompt_tokens, server_window
from postil.analyzers.llm.parse import ParseResult, echoes, parse_answer
from postil.analyzers.llm.prompt import (
    GUIDELINES_SHARE,
    Prompt,
    build_batch_prompt,
    build_prompt,
    context_budget,
    estimate_tokens,
    prompt_identity,
    read_guidelines,
    triage_prompt,
)
from postil.analyzers.llm.providers import (
    CancelToken,
    CircuitBreaker,
    CircuitOpen,
    Provider,
    ProviderError,
    Request,
    TimeBox,
)
from postil.analyzers.llm.response_format import for_settings
from postil.analyzers.llm.schema import (
    FINDINGS_SCHEMA,
    TRIAGE_SCHEMA,
    RawFinding,
    coerce_finding,
)
from postil.analyzers.llm.shown import ShownFindings
from postil.analyzers.llm.state import (
    Budget,
    BudgetExhausted,
    Feedback,
    ResultCache,
    State,
    Stats,
    checked_usage,
    dumps,
    price_for,
)
from postil.analyzers.llm.triage import generated_or_vendored, trivial_change, trivial_unit
from postil.analyzers.llm.units import ReviewUnit, batch_of
from postil.config import llm_refusal
from postil.config.environment import LLMSettings
from postil.gate.egress import EgressGate, Refused, Released

DISMISSED = "dismissed before"
CONFIG_SAYS_NO = "ignored or suppressed by the config or a comment"
# Failures that say the provider cannot be used at all: the review stops sending at once.
PROVIDER_DOWN = ("unreachable", "auth", "not_configured")
OUTSIDE_BATCH = "outside the small definitions under review"
TRIVIAL_BATCH_MIN = 2  # a file's trivial units go to the model together once it has this many; one alone is skipped
RETRY_NOTE = "\n\nYour previous answer was not valid JSON. Answer again with the JSON object only."


UNCHANGED_NOTE = " (on an unchanged line of the changed code: reported one level lower)"


def off_the_change(finding: Finding) -> None:
    """A model finding on a line the change did not touch, in the code it changed: kept
    (the change may have made it wrong) one severity level lower, and saying so."""
    finding.severity = Severity(max(Severity.HINT, finding.severity - 1))
    finding.message += UNCHANGED_NOTE
    finding.metadata["unchanged_line"] = True


class Stopped(ProviderError):
    """The review sends nothing more: ``reason`` is budget | deadline | cap | breaker | provider."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message, "stopped")
        self.reason = reason


@dataclass
class UnitResult:
    unit: ReviewUnit
    status: str  # reviewed | cached | skipped | failed | would-send | cancelled | stopped
    findings: list[Finding] = field(default_factory=list)
    reason: str | None = None
    prompt: Prompt | None = None
    request: Request | None = None
    dropped: dict[str, int] = field(default_factory=dict)
    calls: int = 0
    seconds: float = 0.0  # time outside the provider call
    provider_seconds: float = 0.0
    batch: ReviewUnit | None = None  # the batch this unit was reviewed in (its request is on the batch's first member)
    said: str | None = None  # the message that said this unit failed (a report lists the unit instead)


@dataclass
class ReviewResult:
    units: list[UnitResult] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    stop: Stopped | None = None  # why the review stopped sending (the first reason; said once)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def stop_message(self) -> str | None:
        return None if self.stop is None else f"postil: LLM review stopped: {self.stop}"

    def stopped(self, stop: Stopped) -> bool:
        """Record why the review stops; True the first time (the caller says it)."""
        with self._lock:
            if self.stop is not None:
                return False
            self.stop = stop
            return True

    @property
    def findings(self) -> list[Finding]:
        return sorted((f for u in self.units for f in u.findings), key=lambda f: f.sort_key)

    @property
    def calls(self) -> int:
        return sum(u.calls for u in self.units)

    def count(self, status: str) -> int:
        return sum(1 for u in self.units if u.status == status)

    def coverage(self) -> str:
        """What was reviewed and what was skipped, for the user (no silent truncation)."""
        parts = [f"{self.count(s)} {s}" for s in ("reviewed", "cached", "would-send", "skipped", "failed", "cancelled")
                 if self.count(s)]
        if self.count("stopped"):
            parts.append(f"{self.count('stopped')} not reviewed ({self.stop.reason if self.stop else 'stopped'})")
        hidden = sum(u.dropped.get(DISMISSED, 0) for u in self.units)
        return "LLM review: " + (", ".join(parts) if parts else "nothing to review") + \
            f" ({self.calls} provider call{'s' if self.calls != 1 else ''})" + \
            (f"; {hidden} finding{'s' if hidden != 1 else ''} hidden as dismissed before" if hidden else "")


class Reviewer:
    """Reviews units of code for one workspace with one provider configuration."""

    def __init__(self, root: Path, settings: LLMSettings, *, provider: Provider | None = None,
                 index=None, use_index: bool = True, update_index: bool = True,
                 state: State | None = None, cache: ResultCache | None = None,
                 on_message: Callable[[str], None] | None = None,
                 refresh_index: Callable[..., object] | None = None, snapshot=None) -> None:
        self.root = Path(root).resolve()
        self.settings = settings
        self.config = settings.config
        self._provider = provider
        self._index = index
        self.use_index = use_index
        self.update_index = update_index
        self._index_ready = index is not None and not update_index
        self._index_lock = threading.Lock()
        self.state = state or State(self.root)
        self.cache = cache or ResultCache(self.root)
        self.budget = Budget(self.state, self.config)
        self.feedback = Feedback(self.state)
        self.shown = ShownFindings(self.root)
        self.stats = Stats(self.state)
        # Everything sent passes this gate (real paths, excludes, whole-file masking).
        self.gate = EgressGate.for_workspace(self.root, extra_exclude=self.config.exclude,
                                             redact_patterns=self.config.redact_patterns)
        # A staged or branch review reads only this (``postil.git.Snapshot``); None: the working tree.
        self.snapshot = snapshot
        self.intent = ""  # what the author says the change is for (branch, commit message), shown with it
        self.baselines: baseline.BaselineReader = baseline.load  # the team's baseline hides model findings too
        self.on_message = on_message
        self._index_messages: list[str] = []
        # How the index is brought up to date before the first retrieval (the CLI shows
        # progress): ``refresh_index(index, paths, vectors)``, paths None for the whole workspace,
        # vectors False when retrieval leaves similar-code vectors out (``index.update``).
        self.refresh_index = refresh_index or (
            lambda index, paths=None, vectors=True: index.update(paths=paths, vectors=vectors))
        self._vectors: bool | None = None  # similar code by vectors (decided with the index)
        self._said: set[str] = set()
        self._stop_reason: str | None = None  # the budget's refusal in the last review (the server shows it)
        self._deadline: float | None = None  # time.monotonic() past which nothing is sent
        self._limit_seconds: float | None = None
        self._calls_left: int | None = None  # provider requests this command may still make
        self._limits_lock = threading.Lock()
        self._guidelines: tuple[str, str | None] | None = None
        self._checker_cache = None
        self._window: ContextWindow | None = None

    def limit(self, *, seconds: float | None = None, started: float | None = None,
              max_calls: int | None = None) -> None:
        """Bound a command's reviews: nothing is sent ``seconds`` after ``started``
        (``time.monotonic()``, default now) and calls in flight then return at once;
        at most ``max_calls`` provider requests."""
        self._limit_seconds = seconds
        self._deadline = None if seconds is None else (time.monotonic() if started is None else started) + seconds
        self._calls_left = max_calls

    # -- pieces ------------------------------------------------------------------
    @property
    def provider(self) -> Provider:
        if self._provider is None:
            self._provider = Provider(self.settings, breaker=self._breaker(),
                                      response_format=for_settings(self.settings, self._state_file("response-formats.json")))
        return self._provider

    @property
    def window(self) -> ContextWindow:
        """The model's context window: the setting, what the server reports, or what it said refusing."""
        if self._window is None:
            s = self.settings
            ask = None
            if s.provider == "openai-compatible" and s.base_url:
                ask = functools.partial(server_window, s.base_url, s.model or "")
            self._window = ContextWindow(self.config.context_window, path=self._state_file("context-windows.json"),
                                         key=f"{s.endpoint} {s.model}", ask_server=ask)
        return self._window

    def _room(self, prompt: Prompt, ask: bool = True) -> int | None:
        """The output tokens a request of ``prompt`` may ask for within the context window (None: none fit)."""
        return self.window.output_room(prompt.system + prompt.user, self.config.max_output_tokens, ask)

    def _too_long(self, text: str) -> str:
        """Why a request of ``text`` (its messages) is not sent."""
        window, source = self.window.described(ask=False)
        return (f"too long for the model's context window ({window} tokens, {source}): the prompt alone is "
                f"~{prompt_tokens(text)} tokens even without repository context; "
                "not sent (a model server started with a larger context window takes it)")

    def _state_file(self, name: str) -> Path | None:
        """``name`` in postil's own ``.postil/llm/`` (None where postil may not write there)."""
        from postil.core.workdir import WorkdirError, own_file

        try:
            return own_file(self.state.db.path.parent / name)
        except (WorkdirError, OSError):
            return None

    def _breaker(self) -> CircuitBreaker:
        """The endpoint's circuit breaker, its state kept in ``.postil/llm/`` across runs."""
        import hashlib

        name = hashlib.sha256(f"{self.settings.provider}\0{self.settings.endpoint}".encode()).hexdigest()[:16]
        return CircuitBreaker(self.config.breaker_failures, self.config.breaker_cooldown,
                              path=self._state_file(f"breaker-{name}.json"))

    def relative(self, path: Path) -> str:
        try:
            return Path(path).resolve().relative_to(self.root).as_posix()
        except ValueError:
            return Path(path).as_posix()

    def refusal(self, path: Path) -> str | None:
        """Why the model may not see this file: the egress gate's reason (outside the
        workspace, excluded), or a config file at or above it (nested ones too, trusted or
        not) excluding it or turning review off."""
        return self.gate.refusal(path) or llm_refusal(self.root / path)

    def _snapshot_rel(self, rel: str) -> str | None:
        """A workspace-relative path as the snapshot names it (relative to the git root)."""
        try:
            return (self.root / rel).relative_to(self.snapshot.root.resolve()).as_posix()
        except ValueError:
            return None

    def _committed(self, rel: str, digest: str | None) -> bool:
        """May context come from this file? Always for a working-tree review; for a staged or
        branch review only when the indexed copy (by digest) is exactly the snapshot's."""
        if self.snapshot is None:
            return True
        name = self._snapshot_rel(rel)
        return name is not None and self.snapshot.same_as(name, digest)

    def _say(self, result: ReviewResult | None, message: str) -> None:
        if message not in self._said:
            self._said.add(message)
            if self.on_message:
                self.on_message(message)
        if result is not None and message not in result.messages:
            result.messages.append(message)

    def index(self, result: ReviewResult | None = None, *, dry_run: bool = False):
        """The workspace index, brought up to date once (incrementally) before retrieval; in a
        dry run, used as it is when refreshing it would send anything."""
        if not self.use_index:
            return None
        with self._index_lock:
            if self._index is None:
                from postil.rag.indexer import WorkspaceIndex

                self._index = WorkspaceIndex.from_config(self.root, on_message=self._index_messages.append)
            if dry_run and self._index.remote and not self._index_ready:
                if result is not None:
                    self._say(result, f"postil: dry run: the index is used as it is (refreshing it would send new "
                                      f"chunks to {self._index.remote}) and similar-code retrieval is left out")
                return self._index
            if not self._index_ready:
                self._index_ready = True
                vectors = self._similar_by_vectors(self._index)
                try:
                    if self.snapshot is None:
                        self.refresh_index(self._index, vectors=vectors)
                    else:  # index only files whose working-tree copy is what is being committed
                        self.refresh_index(self._index, [str(self.snapshot.root / p) for p in self.snapshot.clean_paths()],
                                           vectors=vectors)
                except Exception as exc:  # noqa: BLE001 - review goes on without context
                    self._pass_on(result)
                    if result is not None:
                        self._say(result, f"postil: the workspace index could not be updated ({exc}); "
                                          "reviewing without repository context")
                    self.use_index = False
                    return None
            self._pass_on(result)
            return self._index

    def _similar_by_vectors(self, index) -> bool:
        """Whether retrieval asks the vector store for similar code: with a real embedding
        model (a local one, or remote embeddings), not with the default ``hash`` vectors alone,
        whose lexical neighbours the keyword search already finds (and leaving them out keeps
        the vector store closed: a one-function review does not wait for it to open)."""
        if self._vectors is None:
            try:
                self._vectors = index.backend.backend != "hash" or index.model_backend is not None
            except Exception:  # noqa: BLE001 - the update says what is wrong with the embeddings
                self._vectors = True
        return self._vectors

    def _pass_on(self, result: ReviewResult | None) -> None:
        """What the index said (a foreign ``.postil`` moved aside, a rebuild) goes in the review's messages."""
        while self._index_messages:
            message = self._index_messages.pop(0)
            if result is not None:
                self._say(result, message)

    def guidelines(self) -> tuple[str, str | None]:
        """The project's review guidelines (masked), read once: they go with the system text."""
        if self._guidelines is None:
            text, name = read_guidelines(self._read_for_context, int(self.config.context_budget * GUIDELINES_SHARE))
            self._guidelines = (self.gate.mask(text, name).text if name else "", name)
        return self._guidelines

    def _read_for_context(self, rel: str) -> str | None:
        """A workspace file's text for the prompt (None: refused by the gate, or not part of
        what a staged or branch review may read)."""
        if self.refusal(self.root / rel) is not None:
            return None
        if self.snapshot is not None:
            name = self._snapshot_rel(rel)
            data = None if name is None else self.snapshot.read(name)
            return None if data is None else data.decode("utf-8", errors="replace")
        try:
            return (self.root / rel).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None

    def _context(self, unit: ReviewUnit, budget: int, result: ReviewResult, dry_run: bool = False,
                 masked_text: str | None = None):
        """(retrieved context or None, identity): only chunks the gate and ``llm.exclude``
        let leave (for a staged or branch review, only committed copies), with the constants
        the unit reads (``masked_text``: its file as it may leave); the identity leaves out
        line numbers so that code moving in its file does not look new. A dry run sends nothing."""
        if budget <= 0:
            return None, ""
        index = self.index(result, dry_run=dry_run)
        if index is None:
            return None, ""
        vectors = self._similar_by_vectors(index) and not (dry_run and index.remote)
        modes = ("symbols", "keyword", "vector") if vectors else ("symbols", "keyword")
        try:
            ctx = self._retrieve(index, unit, budget, modes)
        except Exception as exc:  # noqa: BLE001
            self._say(result, f"postil: retrieval failed ({exc}); reviewing without repository context")
            return None, ""
        catalog = index.catalog
        chunks = [c for c in ctx.chunks if self.refusal(self.root / c.path) is None
                  and self._committed(c.path, catalog.file_hash(c.path) if self.snapshot is not None else None)]
        ctx.omitted += len(ctx.chunks) - len(chunks)
        ctx.chunks = chunks
        if masked_text is not None:
            self._add_constants(unit, ctx, masked_text, budget)
        ctx.tokens = sum(c.tokens for c in ctx.chunks)
        # Only what this code calls or is called by (and the constants it reads), in other files,
        # decides whether it is new: same-file neighbours and "similar code" shift with every edit elsewhere.
        identity = "\0".join(f"{c.path}\0{c.header}\0{c.text}" for c in ctx.chunks
                             if c.path != ctx.path and {"definition", "caller", "constant"} & set(c.sources))
        return ctx, identity

    def _add_constants(self, unit: ReviewUnit, ctx, masked_text: str, budget: int) -> None:
        """The constants and class attributes the unit reads join the context after what it calls,
        what calls it and the types it uses, before similar code, which makes room for them
        within the budget. Lines the prompt shows already, around the unit or in a chunk ranked
        before them, are not repeated."""
        from postil.analyzers.llm.constants import constants_used
        from postil.analyzers.llm.prompt import SURROUNDING_LINES
        from postil.rag.retrieval import TIERS, ContextChunk

        rel = self.relative(unit.path)

        def read(path: str) -> str | None:
            text = self._read_for_context(path)
            return None if text is None else self.gate.mask(text, path).text

        similar_tier = max(TIERS.values())
        first_tiers = [c for c in ctx.chunks if min((TIERS.get(s, similar_tier) for s in c.sources), default=similar_tier)
                       < similar_tier]
        similar = [c for c in ctx.chunks if c not in first_tiers]

        def shown(path: str, start: int, end: int) -> bool:
            if path == rel and unit.start - SURROUNDING_LINES <= start and end <= unit.end + SURROUNDING_LINES:
                return True
            return any(c.path == path and c.start <= start and end <= c.end for c in first_tiers)

        constants = [ContextChunk(c.path, c.start, c.end, c.text, "", "constant", f"`{c.name}` read at line {c.used_at}",
                                  sources=["constant"])
                     for c in constants_used(rel, masked_text, unit.start, unit.end, language_of(unit.path), read)
                     if not shown(c.path, c.start, c.end)]
        if not constants:
            return
        while similar and sum(c.tokens for c in (*first_tiers, *constants, *similar)) > budget:
            similar.pop()
            ctx.omitted += 1
        while constants and sum(c.tokens for c in (*first_tiers, *constants)) > budget:
            constants.pop()
            ctx.omitted += 1
        ctx.chunks = [*first_tiers, *constants, *similar]

    def _retrieve(self, index, unit: ReviewUnit, budget: int, modes: tuple[str, ...]):
        """``index.context`` for the unit, kept per generation of the index: the same code
        in the same index is answered without opening the vector store."""
        from dataclasses import asdict

        from postil.rag.retrieval import Context, ContextChunk

        generation = index.catalog.generation if index.catalog is not None else None
        key = None if generation is None else ResultCache.key(
            endpoint=str(index.root), model=generation, prompt_version=f"{budget}\0{modes}", code=unit.text or "",
            context=self.relative(unit.path), extra=str(unit.start))
        if key is not None and (kept := self.cache.get(key, self.cache.contexts)) is not None:
            try:
                return Context(**{**kept, "chunks": [ContextChunk(**c) for c in kept["chunks"]]})
            except (TypeError, KeyError):
                pass  # not what this version stores: retrieve again
        ctx = index.context(unit.path, unit.start, unit.text, budget=budget, modes=modes)
        if key is not None:
            self.cache.put(key, asdict(ctx), self.cache.contexts)
        return ctx

    def release(self, unit: ReviewUnit) -> Released:
        """The unit's whole file as it may leave (masked); raises ``Refused``."""
        return self.gate.release(unit.path, unit.text)

    def prepare(self, unit: ReviewUnit, rule_findings: list[Finding], result: ReviewResult,
                released: Released | None = None, dry_run: bool = False,
                context: bool = True) -> tuple[Prompt, str]:
        """The prompt for a unit (built from its masked file) and its cache key; raises ``Refused``."""
        prompt, key, _ctx = self.assemble(unit, rule_findings, result, released, dry_run, context)
        return prompt, key

    def fit(self, unit: ReviewUnit, rule_findings: list[Finding], result: ReviewResult, released: Released,
            dry_run: bool = False) -> tuple[Prompt, str, int | None]:
        """The unit's prompt as it fits the model's context window, its cache key, and the output
        tokens it may ask for: with repository context when it fits, else without (None: not even
        then). A dry run does not ask the server for its window."""
        prompt, key = self.prepare(unit, rule_findings, result, released, dry_run)
        room = self._room(prompt, ask=not dry_run)
        if room is None and not unit.members:
            prompt, key = self.prepare(unit, rule_findings, result, released, dry_run, context=False)
            room = self._room(prompt, ask=not dry_run)
        return prompt, key, room

    def assemble(self, unit: ReviewUnit, rule_findings: list[Finding], result: ReviewResult,
                 released: Released | None = None, dry_run: bool = False, context: bool = True):
        """(prompt, cache key, the retrieved context or None) for a unit (without repository
        context unless ``context``); raises ``Refused``."""
        released = released or self.release(unit)
        rel = self.relative(unit.path)
        guidelines, guidelines_name = self.guidelines()
        if unit.members:
            return self._assemble_batch(unit, rule_findings, released, rel, guidelines, guidelines_name)
        budget = context_budget(self.config.context_budget, estimate_tokens(unit.code), estimate_tokens(guidelines))
        # ~10% of the budget goes to the chunk headings ("# path:lines (why)") around retrieved code
        ctx, identity = self._context(unit, int(budget * 0.9) if context else 0, result, dry_run, released.text)
        inside = [f for f in rule_findings if unit.holds(f.span.start_line)]
        previous = None if unit.previous is None else self.gate.mask(unit.previous, rel).text
        prompt = build_prompt(rel_path=rel, language=language_of(unit.path), text_lines=released.text.split("\n"),
                              start=unit.start, end=unit.end, context_block=ctx.render() if ctx else "",
                              context_chunks=len(ctx.chunks) if ctx else 0, context_omitted=ctx.omitted if ctx else 0,
                              guidelines=guidelines, guidelines_name=guidelines_name,
                              rule_findings=inside, redact_patterns=self.config.redact_patterns,
                              secret_detectors=self.gate.secret_detectors, previous=previous, intent=self.intent,
                              header=unit.header)
        # The key: what decides the answer, minus line numbers (moved code is not new code).
        rules = dumps(sorted((f.span.start_line - unit.start, f.rule) for f in inside))
        key = ResultCache.key(endpoint=self.settings.endpoint, model=f"{self.settings.provider}:{self.settings.model}",
                              prompt_version=prompt_identity(), code=unit.code, context=identity + "\0" + guidelines,
                              extra=f"{rel}\0{rules}\0{self.config.redact_patterns}\0{previous}\0{self.intent}")
        return prompt, key, ctx

    def _assemble_batch(self, batch: ReviewUnit, rule_findings: list[Finding], released: Released, rel: str,
                        guidelines: str, guidelines_name: str | None):
        """(prompt, cache key, no context) for a batch of small definitions of one file."""
        inside = [f for f in rule_findings if any(m.holds(f.span.start_line) for m in batch.members)]
        previous = [None if m.previous is None else self.gate.mask(m.previous, rel).text for m in batch.members]
        prompt = build_batch_prompt(rel_path=rel, language=language_of(batch.path), text_lines=released.text.split("\n"),
                                    members=[(m.start, m.end, old) for m, old in zip(batch.members, previous)],
                                    guidelines=guidelines, guidelines_name=guidelines_name, rule_findings=inside,
                                    redact_patterns=self.config.redact_patterns,
                                    secret_detectors=self.gate.secret_detectors, intent=self.intent)
        rules = dumps(sorted(f.rule for f in inside))
        key = ResultCache.key(endpoint=self.settings.endpoint, model=f"{self.settings.provider}:{self.settings.model}",
                              prompt_version=f"batch:{prompt_identity()}", code="\0".join(m.code for m in batch.members),
                              context=guidelines, extra=f"{rel}\0{rules}\0{self.config.redact_patterns}\0"
                                                        f"{dumps(previous)}\0{self.intent}")
        return prompt, key, None

    def _request(self, prompt: Prompt, room: int | None) -> Request:
        """The request for ``prompt``, asking for at most ``room`` output tokens (None: the setting)."""
        return Request(system=prompt.system, user=prompt.user, schema=FINDINGS_SCHEMA, model=self.settings.model or "",
                       max_output_tokens=room or self.config.max_output_tokens, temperature=self.config.temperature)

    # -- calls -------------------------------------------------------------------
    def _call(self, request: Request, cancel: CancelToken | None, out: UnitResult, result: ReviewResult | None = None):
        """One request (with its retries), every HTTP call counted; the provider's usage
        numbers are checked against what was sent and the output limit, and priced by the
        model that was asked for (an answer cannot name a cheaper or unpriced one).

        Raises :class:`Stopped` when nothing more may be sent (budget, deadline, call cap,
        open breaker, provider down). The budget holds the most the call may count while it
        is in flight, so parallel calls never overshoot it together."""
        box = cancel if self._deadline is None else TimeBox(cancel, self._deadline)
        self._take_call(box)
        if result is not None:
            self._warn_unpriced(request.model, result)
        try:
            hold = self.budget.reserve(request.model, estimate_tokens(request.system) + estimate_tokens(request.user),
                                       request.max_output_tokens)
        except BudgetExhausted as exc:
            self._stop_reason = str(exc)
            raise Stopped("budget", str(exc)) from None
        answered = None
        try:
            response = self.provider.complete(request, box)
        except CircuitOpen as error:
            raise Stopped("breaker", str(error)) from None
        except ProviderError as error:
            for notice in error.notices:
                self._say(result, notice)
            if error.kind != "cancelled":
                out.calls += error.attempts
                self.stats.call(input_tokens=0, output_tokens=0, cost=0, latency=0, failed=True,
                                attempts=error.attempts)
            elif self._expired(box):
                raise self._deadline_stop() from None
            if error.kind in PROVIDER_DOWN:
                raise Stopped("provider", f"the LLM provider cannot be used: {error}") from None
            raise
        else:
            for notice in response.notices:
                self._say(result, notice)
            out.calls += response.attempts
            out.provider_seconds += response.latency
            input_tokens, trusted_in = checked_usage(response.input_tokens, len(request.system) + len(request.user) + 64)
            output_tokens, trusted_out = checked_usage(response.output_tokens, request.max_output_tokens)
            if not (trusted_in and trusted_out) and result is not None:
                self._say(result, "postil: the provider reported impossible token usage; counted at the upper bound")
            answered = (request.model, input_tokens, output_tokens)
        finally:
            cost = self.budget.settle(hold, *(answered or ()))
        self.stats.call(input_tokens=answered[1], output_tokens=answered[2], cost=cost, latency=response.latency,
                        attempts=response.attempts)
        return response

    def _take_call(self, box: CancelToken | None) -> None:
        """Count one request against the command's limits; Stopped past the deadline or the cap."""
        if self._expired(box):
            raise self._deadline_stop()
        with self._limits_lock:
            if self._calls_left is not None:
                if self._calls_left <= 0:
                    raise Stopped("cap", f"the call cap was reached ({self.config.max_calls} provider requests per "
                                         "command; raise llm.max-calls to review more)")
                self._calls_left -= 1

    @staticmethod
    def _expired(box: CancelToken | None) -> bool:
        return isinstance(box, TimeBox) and box.expired

    def _deadline_stop(self) -> Stopped:
        return Stopped("deadline", f"the review's time limit passed ({self._limit_seconds:g} s; "
                                   "llm.deadline-seconds sets it)")

    def _warn_unpriced(self, model: str, result: ReviewResult) -> None:
        """Say once that a USD budget cannot limit an unpriced model, until a token budget does."""
        if self.config.daily_budget_usd is not None and self.config.daily_budget_tokens is None \
                and price_for(model, self.config.prices) is None:
            self._say(result, f"postil: no price known for model {model!r}: llm.daily-budget-usd does not limit it; "
                              "its calls count by tokens (set llm.daily-budget-tokens, or add the model to "
                              "[tool.postil.llm.prices])")

    def _fast_triage(self, unit: ReviewUnit, rel: str, released: Released, cancel, out: UnitResult,
                     result: ReviewResult) -> str | None:
        fast = self.config.fast_model
        if not fast or unit.members:  # a batch is small definitions already
            return None
        code = "\n".join(released.text.split("\n")[unit.start - 1 : unit.end])
        system, user = triage_prompt(rel, language_of(unit.path), code)
        request = Request(system=system, user=user, schema=TRIAGE_SCHEMA, model=fast, schema_name="triage",
                          max_output_tokens=120, temperature=0.0)
        try:
            response = self._call(request, cancel, out, result)
        except Stopped:
            raise
        except ProviderError:
            return None  # the deep review decides
        import json

        try:
            data = response.data if response.data is not None else json.loads(response.text)
        except ValueError:
            return None
        if isinstance(data, dict) and data.get("needs_review") is False:
            return f"fast model: {str(data.get('reason') or 'no review needed')[:120]}"
        return None

    # -- the pipeline --------------------------------------------------------------
    def review_unit(self, unit: ReviewUnit, rule_findings: list[Finding], *, result: ReviewResult,
                    cancel: CancelToken | None = None, dry_run: bool = False) -> UnitResult:
        started = time.perf_counter()
        out = UnitResult(unit, "skipped")
        try:
            self._review_unit(unit, rule_findings, out, result, cancel, dry_run)
        finally:
            out.seconds = time.perf_counter() - started - out.provider_seconds
        return out

    def _skip_reason(self, unit: ReviewUnit) -> str | None:
        """Why the model never sees this unit (refused by the gate, generated or vendored, a
        comment- or whitespace-only change), or None."""
        rel = self.relative(unit.path)
        return (self.refusal(unit.path) or self._judged_away(unit.path) or generated_or_vendored(rel, unit.text)
                or trivial_change(unit.code, unit.previous, language_of(unit.path)))

    def _judged_away(self, path: Path) -> str | None:
        """Why every model finding on ``path`` would be dropped by its config (select, ignore
        and severity keep no ``llm/*``: asking would be money spent for nothing), or None."""
        try:
            checker = self._checkers.for_path(path)
        except Exception:  # noqa: BLE001 - a broken config is reported by the rules' own run
            return None
        return None if checker.keeps_model_findings() else "select/ignore/severity keep no model finding (llm/*)"

    def _plan(self, units: list[ReviewUnit]) -> list[ReviewUnit]:
        """The requests to make: units one by one, except that a file's trivial units (stubs,
        getters, one-line delegations), once it has ``TRIVIAL_BATCH_MIN`` of them, go together
        as one batch; a trivial unit alone in its file is skipped."""
        trivial: dict[Path, list[ReviewUnit]] = {}
        for unit in units:
            if not unit.members and self._skip_reason(unit) is None and trivial_unit(unit.code, language_of(unit.path)):
                trivial.setdefault(unit.path, []).append(unit)
        batches = {id(u): group for group in trivial.values() if len(group) >= TRIVIAL_BATCH_MIN for u in group}
        work: list[ReviewUnit] = []
        placed: set[int] = set()
        for unit in units:
            group = batches.get(id(unit))
            if group is None:
                work.append(unit)
            elif id(group[0]) not in placed:
                placed.add(id(group[0]))
                work.append(batch_of(group))
        return work

    @staticmethod
    def _split(batch: ReviewUnit, out: UnitResult) -> list[UnitResult]:
        """A batch's result as one result per member: its findings by where they are; the request,
        calls and time counted once, on the first member."""
        results = []
        for n, member in enumerate(batch.members):
            mine = [f for f in out.findings if member.holds(f.span.start_line)]
            first = n == 0
            results.append(UnitResult(member, out.status, mine, out.reason, out.prompt if first else None,
                                      out.request if first else None, out.dropped if first else {},
                                      out.calls if first else 0, out.seconds if first else 0.0,
                                      out.provider_seconds if first else 0.0, batch=batch))
        return results

    def _review_unit(self, unit, rule_findings, out: UnitResult, result: ReviewResult, cancel, dry_run) -> None:
        rel = self.relative(unit.path)
        why = (self.refusal(unit.path) or self._judged_away(unit.path)) if unit.members else (
            self._skip_reason(unit) or trivial_unit(unit.code, language_of(unit.path)))
        if why:
            out.reason = why
            return
        if cancel is not None and cancel.cancelled:
            out.status, out.reason = "cancelled", "cancelled"
            return
        if not dry_run and self._deadline is not None and time.monotonic() >= self._deadline:
            self._stop(result, self._deadline_stop(), out)  # past it, not even retrieval runs
            return
        released = self.release(unit)
        prompt, key, room = self.fit(unit, rule_findings, result, released, dry_run)
        out.prompt = prompt
        cached = self.cache.get(key)
        if cached is None and room is None:
            out.status, out.reason = "failed", self._too_long(prompt.system + prompt.user)
            out.said = f"postil: {rel}:{unit.start} was not reviewed: {out.reason}"
            self._say(result, out.said)
            return
        if cached is None and not dry_run:
            if result.stop is not None:
                out.status, out.reason = "stopped", result.stop.reason
                return
            try:
                why = self._fast_triage(unit, rel, released, cancel, out, result)
                if why:
                    out.reason = why
                    return
                try:
                    raw = self._ask(prompt, room, cancel, out, result)
                except ProviderError as refused:
                    if refused.kind != "context_length" or not self.window.learn(refused.window):
                        raise
                    prompt, key, room = self.fit(unit, rule_findings, result, released)  # the window it named
                    out.prompt = prompt
                    if room is None:
                        raise ProviderError(self._too_long(prompt.system + prompt.user), "context_length") from None
                    raw = self._ask(prompt, room, cancel, out, result)
            except Stopped as stop:
                self._stop(result, stop, out)
                return
            except ProviderError as exc:
                if exc.kind == "cancelled":
                    out.status, out.reason = "cancelled", "cancelled"
                    return
                out.status, out.reason = "failed", str(exc)
                out.said = f"postil: LLM review of {rel}:{unit.start} failed: {exc}"
                self._say(result, out.said)
                return
            if raw is None:
                out.status, out.reason = "failed", "the model's answer could not be read (after one retry)"
                out.said = f"postil: the model's answer for {rel}:{unit.start} was not valid JSON (after one retry)"
                self._say(result, out.said)
                return
            self.cache.put(key, {"findings": [r.to_dict() for r in raw], "model": self.settings.model})
            self.stats.cache_miss()
            out.status = "reviewed"
        elif cached is None:
            out.status = "would-send"
            out.request = self._request(prompt, room)
            return
        else:
            self.stats.cache_hit()
            out.status = "cached"
            if dry_run:  # nothing is sent: the dry run shows the request the cached answer is for
                out.request = self._request(prompt, room)
            raw = [r for r in (coerce_finding(item) for item in cached.get("findings", [])) if r is not None]
        if cancel is not None and cancel.cancelled:
            out.status, out.reason = "cancelled", "cancelled"
            return
        self._place(unit, raw, rule_findings, out)

    def _stop(self, result: ReviewResult, stop: Stopped, out: UnitResult) -> None:
        """The unit is not reviewed because the review stopped; the first reason is said once."""
        if result.stopped(stop):
            self._say(result, result.stop_message)
        out.status, out.reason = "stopped", result.stop.reason

    def _ask(self, prompt: Prompt, room: int | None, cancel, out: UnitResult,
             result: ReviewResult) -> list[RawFinding] | None:
        request = self._request(prompt, room)
        out.request = request
        response = self._call(request, cancel, out, result)
        if not (parsed := self._read(response, request)).ok:
            retry = Request(**{**request.__dict__, "user": request.user + RETRY_NOTE})
            response = self._call(retry, cancel, out, result)
            if not (parsed := self._read(response, request)).ok:
                return None
        return parsed.findings

    @staticmethod
    def _read(response, request: Request) -> ParseResult:
        """The findings in an answer; an answer repeating the prompt is unreadable, whatever JSON it holds."""
        if response.data is None and echoes(response.text, request.system, request.user):
            return ParseResult(ok=False, error="the answer repeats the prompt")
        return parse_answer(response.text, response.data)

    def _place(self, unit: ReviewUnit, raw: list[RawFinding], rule_findings: list[Finding], out: UnitResult,
               threshold: float | None = None, extra_focus: tuple[frozenset[int], ...] = (), judged: bool = True,
               asked: str | None = None) -> None:
        index = LineIndex(unit.text)
        lo = index.offset(unit.start - 1, 0)
        hi = index.line_end(min(unit.end - 1, index.line_count - 1))
        focus = tuple(lines for lines in (unit.changed, *extra_focus) if lines is not None)
        try:
            masked = self.release(unit).masked
        except Refused:
            masked = None
        report = anchoring.anchor(raw, unit.text, masked=masked, path=unit.display or str(unit.path),
                                  fingerprint_path=self.relative(unit.path), language=language_of(unit.path),
                                  reviewed=(lo, hi), rule_findings=rule_findings,
                                  threshold=self.config.confidence_threshold if threshold is None else threshold,
                                  index=index, focus=focus, max_fix_lines=self.config.max_fix_lines,
                                  asked=asked, new_calls=self.config.fixes_may_add_calls,
                                  metadata={"model": self.settings.model, "prompt": prompt_identity()})
        kept = []
        for finding in report.findings:
            if unit.members and not any(m.holds(finding.span.start_line) and m.holds(finding.span.end_line)
                                        for m in unit.members):
                report.drop(OUTSIDE_BATCH)
                continue
            if self.feedback.is_dismissed(finding.fingerprint) or self.baselines(self.root).hides(finding):
                report.drop(DISMISSED)
                continue
            if unit.changed is not None and not unit.changed.intersection(
                    range(finding.span.start_line, finding.span.end_line + 1)):
                off_the_change(finding)
            kept.append(finding)
        if judged and kept:
            judged_findings = self._judged(unit, kept)
            for _ in range(len(kept) - len(judged_findings)):
                report.drop(CONFIG_SAYS_NO)
            kept = judged_findings
        for f in kept:
            self.shown.record(f, self.relative(unit.path), unit.text)
        for f in rule_findings:  # where a learned rule now finds what the model found, it no longer has to
            if f.span.start_line + 1 in range(unit.start, unit.end + 1):
                replaced = self.shown.at(self.relative(unit.path), f.span.start_line + 1)
                if replaced is not None and replaced.rule.startswith("llm/"):
                    self.feedback.found_by_learned_rule(f, replaced.fingerprint)
        out.findings = kept
        out.dropped = report.dropped
        self.stats.findings(len(kept), sum(v for k, v in report.dropped.items() if not k.startswith("fix withheld")))

    def _judged(self, unit: ReviewUnit, findings: list[Finding]) -> list[Finding]:
        """The findings the unit's config lets through (select/ignore, severity overrides,
        per-file-ignores, suppression comments), re-graded as it says."""
        try:
            checker = self._checkers.for_path(unit.path)
        except Exception:  # noqa: BLE001 - a broken config is reported by the rules' own run
            return findings
        return checker.judge(unit.path, unit.text, findings)

    def review(self, units: list[ReviewUnit], *, rule_findings: dict[Path, list[Finding]] | None = None,
               cancel: CancelToken | None = None, dry_run: bool = False,
               on_progress: Callable[[int, int, ReviewUnit], None] | None = None) -> ReviewResult:
        """Review units (concurrently, bounded by ``llm.concurrency``)."""
        result = ReviewResult()
        self._stop_reason = None
        if not units:
            return result
        if self.settings.provider == "none" and not dry_run:
            self._say(result, "postil: no LLM provider configured; set [tool.postil.llm] provider or POSTIL_LLM_PROVIDER")
            return result
        findings_for = rule_findings if rule_findings is not None else self.check_with_rules(units)
        done = 0
        lock = threading.Lock()

        def one(unit: ReviewUnit) -> list[UnitResult]:
            nonlocal done
            r = self.review_unit(unit, findings_for.get(unit.path, []), result=result, cancel=cancel, dry_run=dry_run)
            results = self._split(unit, r) if unit.members else [r]
            with lock:
                for member in unit.members or (unit,):
                    done += 1
                    if on_progress:
                        on_progress(done, len(units), member)
            return results

        work = self._plan(list(units))
        if self.config.concurrency == 1 or len(work) == 1:
            done_work = [one(w) for w in work]
        else:
            with ThreadPoolExecutor(max_workers=self.config.concurrency, thread_name_prefix="postil-review") as pool:
                done_work = list(pool.map(one, work))
        by_unit = {id(r.unit): r for results in done_work for r in results}
        result.units = [by_unit[id(u)] for u in units]
        self.vet_together(result.units)
        return result

    def vet_together(self, unit_results: list[UnitResult]) -> None:
        """The vetting gate's file check: each file's model fixes applied together must leave
        it parsing, with no new rule or secret finding and none lost outside the edits;
        fixes that fail are withheld (the findings stay)."""
        from postil.analyzers.rules.fixes import select_non_overlapping
        from postil.gate.vetting import vet_file

        by_path: dict[Path, tuple[str, list[Finding]]] = {}
        for u in unit_results:
            fixed = [f for f in u.findings if f.fix is not None]
            if fixed:
                by_path.setdefault(u.unit.path, (u.unit.text, []))[1].extend(fixed)
        for path, (text, findings) in by_path.items():
            chosen = {id(fix) for fix in select_non_overlapping(findings)}
            ordered = [f for f in sorted(findings, key=lambda f: f.sort_key) if id(f.fix) in chosen]
            for f in findings:
                if id(f.fix) not in chosen:
                    self._withhold(f, "it overlaps another fix")
            try:
                checker = self._checkers.for_path(path)
            except Exception:  # noqa: BLE001 - no rules to check against: no fix is offered
                verdicts = ["the rules could not run on this file"] * len(ordered)
            else:
                verdicts = vet_file(text, language_of(path), [f.fix.edits[0] for f in ordered],
                                    functools.partial(checker.check_text, path, allow_fixes=False))
            for finding, why in zip(ordered, verdicts):
                if why is not None:
                    self._withhold(finding, why)

    @staticmethod
    def _withhold(finding: Finding, why: str) -> None:
        finding.fix = None
        finding.metadata["fix_withheld"] = why

    @property
    def _checkers(self):
        """The rules as ``postil check`` runs them (each file under its own config)."""
        if self._checker_cache is None:
            from postil.analyzers.checker import CheckerCache

            self._checker_cache = CheckerCache()
        return self._checker_cache

    def check_with_rules(self, units: list[ReviewUnit]) -> dict[Path, list[Finding]]:
        """Each unit's rule findings, with those the team's baseline hides (the model is told all are known)."""
        out: dict[Path, list[Finding]] = {}
        for unit in units:
            if unit.path not in out:
                hidden: list[Finding] = []  # known to the team (its baseline): not worth finding again
                try:
                    found = self._checkers.for_path(unit.path).check_text(unit.path, unit.text, allow_fixes=False,
                                                                          hidden=hidden)
                    out[unit.path] = found + hidden
                except Exception:  # noqa: BLE001 - a broken config is reported by the rules' own run
                    out[unit.path] = []
        return out

    # -- on request: "Explain this" and "Fix this with AI" -------------------------------
    def _on_request(self, unit: ReviewUnit, version: str, ask: str, schema: dict, name: str,
                    cancel: CancelToken | None) -> tuple[object, UnitResult, ReviewResult]:
        """One cached, budgeted, masked call about a unit with its context; (answer data, ...)."""
        import json

        result = ReviewResult()
        out = UnitResult(unit, "failed")
        if self.settings.provider == "none":
            raise ProviderError("no LLM provider configured", "not_configured")
        try:
            prompt, key = self.prepare(unit, self.check_with_rules([unit]).get(unit.path, []), result)
        except Refused as exc:
            raise ProviderError(f"not sent: {exc}", "refused") from None
        from postil.analyzers.llm.prompt import system_text

        question = self.gate.mask(ask).text
        user = prompt.user + "\n\n" + question
        key = ResultCache.key(endpoint=self.settings.endpoint, model=f"{self.settings.provider}:{self.settings.model}",
                              prompt_version=f"{version}:{prompt_identity(version)}", code=key, context=question)
        cached = self.cache.get(key)
        if cached is not None:
            self.stats.cache_hit()
            return cached["data"], out, result
        room = self.window.output_room(system_text(version) + user, self.config.max_output_tokens)
        if room is None:
            raise ProviderError(self._too_long(system_text(version) + user), "context_length")
        request = Request(system=system_text(version), user=user, schema=schema, model=self.settings.model or "",
                          schema_name=name, max_output_tokens=room, temperature=self.config.temperature)
        out.request = request
        response = self._call(request, cancel, out, result)
        try:
            data = response.data if response.data is not None else json.loads(response.text)
        except ValueError:
            parsed = parse_answer(response.text)
            data = {"findings": [r.to_dict() for r in parsed.findings]} if parsed.ok else None
        if data is not None:
            self.stats.cache_miss()
            self.cache.put(key, {"data": data})
        return data, out, result

    def ask(self, unit: ReviewUnit, question: str, schema: dict, name: str, version: str,
            cancel: CancelToken | None = None) -> object:
        """The model's structured answer to ``question`` about the unit (cached, budgeted, masked,
        untrusted: the caller validates it); raises ProviderError as :meth:`explain` does."""
        data, _out, _result = self._on_request(unit, version, question, schema, name, cancel)
        return data

    def explain(self, unit: ReviewUnit, question: str = "", cancel: CancelToken | None = None) -> str:
        """Markdown explaining the unit (or answering ``question`` about it, e.g. a diagnostic),
        made safe to render (``postil.gate.text.markdown``: no HTML, images or foreign links).
        Raises ProviderError (``Stopped`` when the budget, the call cap or the breaker says no) with a message
        for the user."""
        from postil.analyzers.llm.schema import EXPLAIN_SCHEMA
        from postil.gate.text import markdown

        ask = question or f"Explain lines {unit.start}-{unit.end} (the code under review)."
        data, _out, _result = self._on_request(unit, "explain-v1", ask, EXPLAIN_SCHEMA, "explanation", cancel)
        if isinstance(data, dict) and isinstance(data.get("markdown"), str):
            return markdown(data["markdown"])
        return "postil: the model's explanation could not be read."

    def fix(self, unit: ReviewUnit, problem: str, cancel: CancelToken | None = None,
            lines: frozenset[int] | None = None) -> Finding | None:
        """The model's finding for ``problem`` in the unit: its fix passed the vetting gate (its
        quote on ``lines``, 0-based, when given), or it was withheld (``fix`` None,
        ``metadata["fix_withheld"]`` says why); None when the model proposed no usable fix."""
        ask = f"Problem to fix: {problem}"
        data, _out, _result = self._on_request(unit, "fix-v1", ask, FINDINGS_SCHEMA, "report_findings", cancel)
        parsed = parse_answer(None, data) if data is not None else None
        if parsed is None or not parsed.ok:
            return None
        out = UnitResult(unit, "reviewed")
        self._place(unit, parsed.findings, [], out, threshold=0.0, judged=False,  # the user asked for this fix
                    extra_focus=(lines,) if lines is not None else (), asked=problem)
        placed = out.findings
        out.findings = [f for f in placed if f.fix is not None][:1]
        self.vet_together([out])
        return next(iter(out.findings), None) or next((f for f in placed if "fix_withheld" in f.metadata), None)

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
        self.cache.close()
        self.shown.close()
        self.state.close()
