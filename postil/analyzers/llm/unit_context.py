"""What goes with a unit to the model: the workspace index (brought up to date once),
the repository context retrieved for the unit (only what the gate and ``llm.exclude``
let leave; for a staged or branch review only committed copies), the constants it
reads, the project's guidelines, and the prompt assembled from them with its cache key.

A mixin of :class:`postil.analyzers.llm.reviewer.Reviewer`, which sets the attributes
annotated below; it uses the reviewer's ``relative``, ``refusal`` and ``_say``, and
``ProviderCalls._room`` to fit the prompt in the model's context window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from postil.analyzers.findings import Finding
from postil.analyzers.languages import language_of
from postil.analyzers.llm.prompt import (
    GUIDELINES_MAX_BYTES,
    GUIDELINES_SHARE,
    Prompt,
    build_batch_prompt,
    build_prompt,
    context_budget,
    estimate_tokens,
    prompt_identity,
    read_guidelines,
)
from postil.analyzers.llm.review_result import ReviewResult
from postil.analyzers.llm.state import ResultCache, dumps
from postil.analyzers.llm.units import ReviewUnit
from postil.config.environment import LLMSettings
from postil.config.model import LLMConfig
from postil.core.plain_text import plain
from postil.core.walk import SkipFile, read_regular
from postil.gate.egress import EgressGate, Released

# A module read whole for the constants a unit reads (a 2 GB settings.py was read whole before).
CONTEXT_FILE_MAX_BYTES = 1_000_000


class UnitContext:
    """The prompt for a unit, with the repository context that may leave."""

    root: Path
    settings: LLMSettings
    config: LLMConfig
    gate: EgressGate
    cache: ResultCache
    snapshot: object  # postil.git.Snapshot, or None: the working tree
    intent: str
    use_index: bool
    refresh_index: Callable[..., object]
    _index: object
    _index_ready: bool
    _index_lock: threading.Lock
    _index_messages: list[str]
    _vectors: bool | None
    _guidelines: tuple[str, str | None] | None

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

    def guidelines(self, result: ReviewResult | None = None) -> tuple[str, str | None]:
        """The project's review guidelines (masked), read once: they go with the system text.
        Control characters (terminal escapes, bidi and direction marks: text a reader of the file
        does not see, or sees reordered) are left out before masking, and the review says so."""
        if self._guidelines is None:
            text, name = read_guidelines(lambda rel: self._read_for_context(rel, GUIDELINES_MAX_BYTES),
                                         int(self.config.context_budget * GUIDELINES_SHARE))
            shown = plain(text)
            if shown != text.replace("\r\n", "\n"):
                self._say(result, f"postil: {name} holds control characters (terminal escapes, bidi or direction "
                                  "marks); the guidelines were sent without them")
            self._guidelines = (self.gate.mask(shown, name).text if name else "", name)
        return self._guidelines

    def _read_for_context(self, rel: str, limit: int | None = None) -> str | None:
        """A workspace file's text for the prompt, its first ``limit`` bytes (None: refused by
        the gate, not part of what a staged or branch review may read, not a regular file (a FIFO
        named CONTRIBUTING.md hung the review), or, without ``limit``, over CONTEXT_FILE_MAX_BYTES)."""
        if self.refusal(self.root / rel) is not None:
            return None
        if self.snapshot is not None:
            name = self._snapshot_rel(rel)
            data = None if name is None else self.snapshot.read(name)
            return None if data is None else data[:limit].decode("utf-8", errors="replace")
        try:
            data = read_regular(self.root / rel, CONTEXT_FILE_MAX_BYTES if limit is None else limit, head=limit is not None)
        except (SkipFile, OSError):
            return None
        return data.decode("utf-8", errors="replace")

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
        from postil.analyzers.llm.constants_used import constants_used
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
        guidelines, guidelines_name = self.guidelines(result)
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
