"""Hybrid retrieval: symbols, keywords and vectors, fused by reciprocal rank fusion.

For the code at ``path:line`` the reviewer gets, most useful first and within a token
budget: the definitions of what that code calls, the callers of what it defines,
keyword matches (FTS5 BM25) and similar code (vectors). The query's own chunks are
never returned; chunks whose vectors are orphans of a killed run are never returned
either (every hit is resolved through the catalog).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

from postil.core.atomic import inside
from postil.rag import keyword

MODES = ("symbols", "keyword", "vector")
RRF_K = 10
WEIGHTS = {"definition": 3.0, "caller": 1.0, "keyword": 1.0, "vector": 0.8}
MAX_DEFINITIONS_PER_NAME = 12  # names defined more often than this (get, run, __init__) say little
MAX_SPAN_LINES = 300  # an enclosing definition longer than this is too big to be "the code at a line"


def estimate_tokens(text: str) -> int:
    return len(text) // 4 + 1


@dataclass
class ContextChunk:
    path: str
    start: int
    end: int
    text: str
    header: str
    kind: str
    reason: str
    score: float = 0.0
    sources: list[str] = field(default_factory=list)

    @property
    def tokens(self) -> int:
        return estimate_tokens(self.header) + estimate_tokens(self.text)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["tokens"] = self.tokens
        return data

    def render(self) -> str:
        """What the reviewer sees for this chunk."""
        head = f"# {self.path}:{self.start}-{self.end} ({self.reason})"
        body = (self.header + "\n    ...\n" if self.header else "") + self.text
        return head + "\n" + body


@dataclass
class Context:
    path: str
    start: int  # the query span: the definition (or chunk) around the line
    end: int
    chunks: list[ContextChunk]
    budget: int
    tokens: int
    omitted: int  # candidates left out for the budget or k

    def render(self) -> str:
        """The context block as the reviewer's prompt carries it (and ``postil context`` prints it)."""
        parts = [chunk.render() for chunk in self.chunks]
        if self.omitted:
            parts.append(f"# ({self.omitted} more related chunks left out for the token budget)")
        return "\n\n".join(parts)

    def to_dict(self) -> dict:
        return {"path": self.path, "start": self.start, "end": self.end, "budget": self.budget,
                "tokens": self.tokens, "omitted": self.omitted, "chunks": [c.to_dict() for c in self.chunks]}


@dataclass
class _Query:
    rel: str
    text: str
    start: int
    end: int
    calls: list[tuple[str, int]]  # (name, first line), in order of first call
    defines: list[str]
    own_rowids: set[int]  # chunks inside the query span: never returned
    partial: dict[int, tuple[int, int]]  # chunks straddling the span: returned without the span's lines
    def_lines: dict[int, list[int]] = field(default_factory=dict)  # wanted definition lines in partial chunks
    imports: frozenset[str] = frozenset()  # words of the file's import lines (module names)


def _enclosing_span(defs, chunks, line: int) -> tuple[int, int]:
    best = None
    for d in defs:  # (name, kind, start, end, line)
        if d[2] <= line <= d[3] and d[3] - d[2] <= MAX_SPAN_LINES:
            if best is None or d[3] - d[2] < best[1] - best[0]:
                best = (d[2], d[3])
    if best is not None:
        return best
    for c in chunks:  # (start, end)
        if c[0] <= line <= c[1]:
            return c[0], c[1]
    if chunks:
        nearest = min(chunks, key=lambda c: min(abs(c[0] - line), abs(c[1] - line)))
        return nearest[0], nearest[1]
    return line, line


def _read(index, rel: str) -> str | None:
    path = index.root / rel
    if not inside(path, index.root):  # a link (or a stored name) leading out of the workspace
        return None
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return None


def _build_query(index, rel: str, line: int, text: str | None) -> _Query:
    catalog = index.catalog
    if text is None:
        text = _read(index, rel) or ""
    data = text.encode("utf-8", errors="replace")
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    stored = catalog.file_hash(rel) == digest
    lines = text.split("\n")
    if stored:
        rows = catalog.chunks_for_path(rel)
        chunks = [(r.start, r.end, r.rowid) for r in rows]
        defs = [(n, k, s, e, ln) for n, k, _c, _p, s, e, ln in catalog.definitions_in(rel)]
        refs = [(n, ln) for n, _c, ln in catalog.references_in([r.rowid for r in rows])]
    else:
        from postil.rag.languages import file_kind
        from postil.rag.records import build_record

        kind, language = file_kind(rel)
        record = build_record(rel, text, "text" if kind == "skip" else kind, language, digest, 0, len(data))
        chunks = [(c[1], c[2], None) for c in record.chunks]
        defs = [(n, k, s, e, ln) for n, k, _ci, s, e, ln in record.defs]
        refs = [(n, ln) for n, _ci, ln in record.refs]
    start, end = _enclosing_span(defs, chunks, line)
    calls: dict[str, int] = {}
    for name, ln in sorted(refs, key=lambda r: r[1]):
        if start <= ln <= end and name not in calls:
            calls[name] = ln
    defines = [d[0] for d in defs if start <= d[4] <= end]
    for name in defines:
        calls.pop(name, None)
    # Chunks of this file inside the query span are the query itself; chunks that
    # straddle it (small neighbours merged into one chunk) keep their other lines.
    own: set[int] = set()
    partial: dict[int, tuple[int, int]] = {}
    for rowid, c_start, c_end in catalog.reader.execute(
            "SELECT rowid, start, end FROM chunks WHERE path = ? AND start <= ? AND end >= ?", (rel, end, start)):
        if start <= c_start and c_end <= end:
            own.add(rowid)
        else:
            partial[rowid] = (c_start, c_end)
    imports = frozenset(
        word for line in lines if _IMPORT_LINE.match(line) for word in _WORD.findall(line.lower())
    )
    # The query may be embedded remotely: cut it from the file masked as a whole (postil.gate).
    masked_lines = index.gate.mask(text, rel).text.split("\n")
    return _Query(rel, "\n".join(masked_lines[start - 1 : end]), start, end, list(calls.items()), defines, own, partial,
                  imports=imports)


_IMPORT_LINE = re.compile(r"^\s*(?:import|from|use|using|require|#include|const .*= *require)\b")
_WORD = re.compile(r"[a-z_][a-z0-9_]*")


def _proximity(a: str, b: str, imports: frozenset[str] = frozenset()) -> float:
    if a == b:
        return 2.0
    path = PurePosixPath(b)
    if imports and (path.stem.lower() in imports or path.parent.name.lower() in imports):
        return 1.6  # the definition lives in a module this file imports
    pa, pb = PurePosixPath(a).parent, PurePosixPath(b).parent
    if pa == pb:
        return 1.4
    if pa.parent == pb.parent:
        return 1.15
    return 1.0


def _symbol_lists(index, q: _Query) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    catalog = index.catalog
    by_name: dict[str, list[tuple]] = defaultdict(list)
    for row in catalog.definitions([n for n, _ in q.calls]):
        by_name[row[0]].append(row)
    scored: dict[int, tuple[float, str]] = {}
    for order, (name, line) in enumerate(q.calls):
        rows = [r for r in by_name.get(name, ())
                if r[2] not in q.own_rowids and not (r[3] == q.rel and q.start <= r[6] <= q.end)]
        if not rows or len(rows) > MAX_DEFINITIONS_PER_NAME:
            continue
        for _n, kind, rowid, path, _s, _e, _l in rows:
            score = _proximity(q.rel, path, q.imports) / len(rows) - order * 1e-4
            reason = f"defines `{name}` called at line {line}"
            if rowid in q.partial:
                q.def_lines.setdefault(rowid, []).append(_l)
            if rowid in scored:
                prev_score, prev_reason = scored[rowid]
                scored[rowid] = (prev_score + score, prev_reason if name in prev_reason else f"{prev_reason}; `{name}`")
            else:
                scored[rowid] = (score, reason)
    definitions = [(rowid, reason) for rowid, (_s, reason) in sorted(scored.items(), key=lambda kv: -kv[1][0])]
    callers: list[tuple[int, str]] = []
    if q.defines:
        counts: dict[str, int] = defaultdict(int)
        for row in catalog.definitions(q.defines):
            counts[row[0]] += 1
        specific = [n for n in q.defines if counts.get(n, 1) <= 3]
        seen = set()
        for name, rowid, line in catalog.references(specific, limit=60):
            if rowid in q.own_rowids or rowid in seen or (rowid in q.partial and q.start <= line <= q.end):
                continue
            seen.add(rowid)
            callers.append((rowid, f"calls `{name}` at line {line}"))
    return definitions, callers


def _ready(index, modes) -> None:
    """Open the index; if opening the vector store found it damaged and rebuilt it, re-index now."""
    index.open()
    if "vector" in modes:
        index._ensure_store()
        if index._catalog_changed:
            index.update()


def _vector_list(index, text: str, rel: str, n: int = 30) -> list[tuple[int, str]]:
    vector = index.backend.embed_query(f"{rel}\n\n{text}")
    hits = index.vector_hits(vector, n)
    rowids = index.catalog.rowids_for_ids([h[0] for h in hits])
    return [(rowids[cid], "similar code") for cid, _d in hits if cid in rowids]


def _fuse(lists: dict[str, list[tuple[int, str]]]) -> list[tuple[int, float, str, list[str]]]:
    scores: dict[int, float] = defaultdict(float)
    reasons: dict[int, list[tuple[float, str]]] = defaultdict(list)
    sources: dict[int, list[str]] = defaultdict(list)
    for source, items in lists.items():
        weight = WEIGHTS[source]
        for rank, (rowid, reason) in enumerate(items):
            contribution = weight / (RRF_K + rank + 1)
            scores[rowid] += contribution
            reasons[rowid].append((contribution, reason))
            sources[rowid].append(source)
    fused = []
    for rowid, score in scores.items():
        ordered = [r for _c, r in sorted(reasons[rowid], key=lambda x: -x[0])]
        fused.append((rowid, score, "; ".join(dict.fromkeys(ordered)), sources[rowid]))
    fused.sort(key=lambda x: -x[1])
    return fused


def _trim(row, q: _Query):
    """The part of a chunk straddling the query span that is not the query (None if nothing useful)."""
    lines = row.text.split("\n")
    before = (row.start, q.start - 1) if row.start < q.start else None
    after = (q.end + 1, row.end) if row.end > q.end else None
    sides = [s for s in (before, after) if s is not None]
    wanted = q.def_lines.get(row.rowid)
    if wanted:
        chosen = [s for s in sides if any(s[0] <= ln <= s[1] for ln in wanted)] or sides[:1]
    else:
        chosen = [max(sides, key=lambda s: s[1] - s[0])] if sides else []
    if not chosen:
        return None
    lo = min(s[0] for s in chosen)
    hi = max(s[1] for s in chosen)
    if len(chosen) == 2:  # both sides wanted: keep both, the query lines elided
        text = "\n".join(lines[: q.start - row.start] + ["    ..."] + lines[q.end - row.start + 1 :])
    else:
        text = "\n".join(lines[lo - row.start : hi - row.start + 1])
    if not text.strip():
        return None
    body = text.split("\n")
    while body and not body[0].strip():
        body.pop(0)
        lo += 1
    while body and not body[-1].strip():
        body.pop()
        hi -= 1
    row.start, row.end, row.text = lo, hi, "\n".join(body)
    return row


def _pack(index, fused, budget: int, k: int | None, q: _Query | None = None) -> tuple[list[ContextChunk], int, int]:
    rows = index.catalog.chunks_by_rowid([f[0] for f in fused[: (k or 50) * 3]])
    if q is not None:
        for rowid in q.partial:
            if rowid in rows and _trim(rows[rowid], q) is None:
                del rows[rowid]
    out: list[ContextChunk] = []
    used = 0
    omitted = 0
    for rowid, score, reason, sources in fused:
        row = rows.get(rowid)
        if row is None:
            continue
        chunk = ContextChunk(row.path, row.start, row.end, row.text, row.header, row.kind,
                             reason.replace("similar code", "similar text") if row.kind == "prose" else reason,
                             round(score, 4), sources)
        if (k is not None and len(out) >= k) or used + chunk.tokens > budget:
            omitted += 1
            continue
        out.append(chunk)
        used += chunk.tokens
    return out, used, omitted + max(0, len(fused) - len(rows))


def context(index, path: str | Path, line: int, text: str | None = None, *, budget: int = 4000,
            k: int | None = None, modes=MODES) -> Context:
    """The context the reviewer gets for the code at ``path:line`` (``text``: unsaved buffer).
    Raises ``postil.gate.egress.Refused`` for a file the egress gate keeps on the machine."""
    from postil.gate.egress import Refused

    reason = index.gate.refusal(path)
    if reason is not None:
        raise Refused(reason)
    _ready(index, modes)
    rel = index.relative(path)
    q = _build_query(index, rel, line, text)
    lists: dict[str, list[tuple[int, str]]] = {}
    if "symbols" in modes:
        lists["definition"], lists["caller"] = _symbol_lists(index, q)
    if "keyword" in modes:
        lists["keyword"] = [(r, "keyword match") for r, _s in keyword.search(index.catalog.reader, q.text)]
    if "vector" in modes:
        lists["vector"] = _vector_list(index, q.text, rel)
    lists = {name: [item for item in items if item[0] not in q.own_rowids] for name, items in lists.items()}
    chunks, used, omitted = _pack(index, _fuse(lists), budget, k, q)
    return Context(rel, q.start, q.end, chunks, budget, used, omitted)


def search(index, query: str, k: int = 10, *, modes=MODES, budget: int = 1_000_000) -> list[ContextChunk]:
    """Chunks for a free-text query: names it mentions, keywords, similar code."""
    from postil.rag.tokens import IDENTIFIER

    _ready(index, modes)
    lists: dict[str, list[tuple[int, str]]] = {}
    if "symbols" in modes:
        words = list(dict.fromkeys(IDENTIFIER.findall(query)))[:20]
        rows = index.catalog.definitions(words)
        counts: dict[str, int] = defaultdict(int)
        for row in rows:
            counts[row[0]] += 1
        ranked = sorted(rows, key=lambda r: (counts[r[0]], words.index(r[0])))
        lists["definition"] = [(r[2], f"defines `{r[0]}`") for r in ranked if counts[r[0]] <= MAX_DEFINITIONS_PER_NAME]
    if "keyword" in modes:
        lists["keyword"] = [(r, "keyword match") for r, _s in keyword.search(index.catalog.reader, query, limit=max(30, k))]
    if "vector" in modes:
        lists["vector"] = _vector_list(index, query, "", n=max(30, k))
    chunks, _used, _omitted = _pack(index, _fuse(lists), budget, k)
    return chunks
