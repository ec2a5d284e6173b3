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
from functools import lru_cache
from itertools import zip_longest
from pathlib import Path, PurePosixPath

from postil.core.atomic import inside
from postil.rag import keyword, names
from postil.rag.tokens import IDENTIFIER

MODES = ("symbols", "keyword", "vector")
RRF_K = 10
# Per list; "vector" is the default hash vectors, "model" a local embedding model's (never both).
WEIGHTS = {"definition": 3.0, "caller": 1.0, "type": 1.0, "keyword": 1.0, "vector": 0.8, "model": 1.5}
# A free-text search ranked with a model: the model leads, the hash vectors and keywords add what
# the words match, names the words happen to match weigh least (bench/semantic_recall.py, chosen
# on requests + flask: all-MiniLM-L6-v2 R@10 0.79/0.72 alone, 0.82/0.77 fused this way).
MODEL_SEARCH_WEIGHTS = {**WEIGHTS, "definition": 0.5, "keyword": 1.0, "model": 3.0, "vector": 1.0}
# A free-text search without a model: the definitions whose names the words describe count as much
# as keywords and vectors, not more (bench/semantic_recall.py, chosen on the docstring sets of
# requests, flask, httpx and SQLAlchemy, checked on the query sets written from their docs).
SEARCH_WEIGHTS = {**WEIGHTS, "definition": 1.5}
# What a reviewer needs first: what the code calls and what calls it, then the types it
# uses, then similar code (tier of a chunk = the best tier of the lists it came from).
TIERS = {"definition": 0, "caller": 0, "type": 1, "keyword": 2, "vector": 2, "model": 2}
# Names so common that a call by that name alone says nothing about which definition runs
# (``merged.items()``, ``os.environ.get``): resolved only through an import or ``self``.
AMBIGUOUS = frozenset(
    "get set update items append keys values pop add run close read write open remove clear copy extend insert "
    "join split format send start stop load save call apply process handle execute parse render find delete put "
    "post patch next iter sort reverse count index encode decode strip replace lower upper flush reset setdefault "
    "discard emit dispatch log info debug warning error exception fetch filter map reduce check validate".split())
SELF_NAMES = frozenset({"self", "cls", "this"})
DOC_SUFFIXES = (".md", ".markdown", ".rst", ".txt", ".adoc", ".asciidoc", ".org", ".rdoc", ".textile")
DOC_NAMES = re.compile(r"^(licen[cs]e|copying|notice|changelog|changes|history|news|authors|contributors|"
                       r"releases?|readme|code_of_conduct|security|patents)([._-].*)?$", re.IGNORECASE)
DOC_DIRS = frozenset({"docs", "doc", "documentation", "licenses", "licences", "changelog.d", "newsfragments"})
CALLER_WINDOW = 12  # a caller's chunk too big for its share of the budget is cut to this many lines either side
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
    receivers: dict[str, set[str]] = field(default_factory=dict)  # call name -> "" (bare), "self", a dotted receiver
    imported: dict[str, str] = field(default_factory=dict)  # a name bound by an import -> the module it comes from
    types: list[tuple[str, int]] = field(default_factory=list)  # CamelCase names used (not called), first line
    caller_lines: dict[int, int] = field(default_factory=dict)  # caller chunk rowid -> line of the call
    ranked: dict[str, list[int]] = field(default_factory=dict)  # symbol list name -> its chunks, best first


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
    stored = catalog.file_hash(rel) == digest and not index.mirror_pending(rel)  # its references are needed
    lines = text.split("\n")
    if stored:
        rows = catalog.chunks_for_path(rel)
        chunks = [(r.start, r.end, r.rowid) for r in rows]
        defs = [(n, k, s, e, ln) for n, k, _c, _p, s, e, ln in catalog.definitions_in(rel)]
        refs = [(n, ln) for n, _c, ln in catalog.references_in([r.rowid for r in rows])]
    else:
        from postil.rag.file_kinds import file_kind
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
    receivers: dict[str, set[str]] = {}
    for name, ln in sorted(refs, key=lambda r: r[1]):
        if start <= ln <= end and name in calls:
            receivers.setdefault(name, set()).update(_receivers(lines[ln - 1] if ln <= len(lines) else "", name))
    called = set(calls) | set(defines)
    types: dict[str, int] = {}
    for n in range(start, min(end, len(lines)) + 1):
        for word in _TYPE_NAME.findall(lines[n - 1]):
            if word not in called and word not in types:
                types[word] = n
    # The query may be embedded remotely: cut it from the file masked as a whole (postil.gate).
    masked_lines = index.gate.mask(text, rel).text.split("\n")
    return _Query(rel, "\n".join(masked_lines[start - 1 : end]), start, end, list(calls.items()), defines, own, partial,
                  imports=imports, receivers=receivers, imported=_python_imports(lines) if rel.endswith(".py") else {},
                  types=list(types.items()))


_TYPE_NAME = re.compile(r"(?<![\w.])([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+|[A-Z][a-z0-9]{2,})\b")
_FROM_IMPORT = re.compile(r"^\s*from\s+(\.*[\w.]*)\s+import\s+\(?([^)#]*)")
_IMPORT = re.compile(r"^\s*import\s+([^#]*)")


def _python_imports(lines: list[str]) -> dict[str, str]:
    """Names a Python file binds by import -> the module they come from (``from a.b import c``:
    c -> a.b; ``import a.b as d``: d -> a.b; ``import a.b``: a -> a)."""
    out: dict[str, str] = {}
    for line in lines:
        found = _FROM_IMPORT.match(line)
        if found:
            module = found.group(1)
            for item in found.group(2).split(","):
                words = item.split()
                if words:
                    out[words[-1]] = module  # "c" or "c as d"
            continue
        found = _IMPORT.match(line)
        if found:
            for item in found.group(1).split(","):
                words = item.split()
                if words:
                    out[words[-1] if len(words) == 3 else words[0].split(".")[0]] = words[0] if len(words) == 3 \
                        else words[0].split(".")[0]
    return out


def _receivers(line: str, name: str) -> set[str]:
    """How ``name`` is called on a line: "" (a bare call), or the dotted receiver before it
    ("self", "requests.utils", "merged_setting")."""
    out = set()
    for found in re.finditer(rf"(?<![\w]){re.escape(name)}\s*\(", line):
        before = line[: found.start()].rstrip()
        if before.endswith("."):
            chain = re.search(r"([A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_]\w*)*)\s*\.$", before)
            out.add(re.sub(r"\s+", "", chain.group(1)) if chain else "?")
        else:
            out.add("")
    return out or {"?"}


def _module_path(module: str, rel: str) -> str | None:
    """A module name as a path stem to match definitions' files against (relative imports
    resolved against ``rel``), or None when it cannot be told."""
    dots = len(module) - len(module.lstrip("."))
    name = module[dots:].replace(".", "/")
    if dots:
        base = PurePosixPath(rel).parent
        for _ in range(dots - 1):
            base = base.parent
        return (base / name).as_posix() if name else base.as_posix()
    return name or None


def _in_module(path: str, stem: str) -> bool:
    """Is ``path`` the file of module path ``stem`` (``pkg/mod`` -> ``.../pkg/mod.py`` or
    ``.../pkg/mod/__init__.py``)?"""
    bare = path.rsplit(".", 1)[0]
    if bare.endswith("/__init__") or bare == "__init__":
        bare = bare[: -len("/__init__")] if "/" in bare else ""
    return bare == stem or bare.endswith("/" + stem)


def _resolve(q: _Query, name: str, rows: list[tuple]) -> list[tuple]:
    """The definitions a call by ``name`` can reach, told by how it is called: through an
    import (only that module's), on ``self`` (this file's), or by a name so specific that
    the name alone will do. A common name (``get``) called on anything else resolves to nothing."""
    chosen: dict[int, tuple] = {}
    for receiver in q.receivers.get(name, {"?"}):
        module = q.imported.get(name) if receiver == "" else q.imported.get(receiver.split(".")[0])
        if module is not None:
            if receiver not in ("", receiver.split(".")[0]):
                module = module + receiver[len(receiver.split(".")[0]):]  # mod.sub.f(): mod.sub
            stem = _module_path(module, q.rel)
            picked = [r for r in rows if stem is not None and _in_module(r[3], stem)]
        elif receiver in SELF_NAMES:
            picked = [r for r in rows if r[3] == q.rel] or ([] if name in AMBIGUOUS else rows)
        else:
            picked = [] if name in AMBIGUOUS else rows
        chosen.update((r[2], r) for r in picked)
    return list(chosen.values())


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


def _symbol_lists(index, q: _Query) -> tuple[list[tuple[int, str]], list[tuple[int, str]], list[tuple[int, str]]]:
    catalog = index.catalog
    by_name: dict[str, list[tuple]] = defaultdict(list)
    for row in catalog.definitions([n for n, _ in q.calls]):
        by_name[row[0]].append(row)
    scored: dict[int, tuple[float, str]] = {}
    for order, (name, line) in enumerate(q.calls):
        rows = _resolve(q, name, [r for r in by_name.get(name, ())
                                  if r[2] not in q.own_rowids and not (r[3] == q.rel and q.start <= r[6] <= q.end)])
        if not rows or len(rows) > names.MAX_DEFINITIONS_PER_NAME:
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
        refs = catalog.references(specific, limit=60)
        common = [rowid for name, rowid, _l in refs if name in AMBIGUOUS]
        paths = {rowid: row.path for rowid, row in catalog.chunks_by_rowid(common).items()} if common else {}
        for name, rowid, line in refs:
            if rowid in q.own_rowids or rowid in seen or (rowid in q.partial and q.start <= line <= q.end):
                continue
            if name in AMBIGUOUS and paths.get(rowid) != q.rel:  # `get` called elsewhere: anyone's get
                continue
            seen.add(rowid)
            q.caller_lines[rowid] = line
            callers.append((rowid, f"calls `{name}` at line {line}"))
    types: list[tuple[int, str]] = []
    if q.types:
        wanted = dict(q.types)
        for name, kind, rowid, path, _s, _e, _l in catalog.definitions(list(wanted)):
            if kind in ("class", "interface", "type", "enum") and rowid not in q.own_rowids and \
                    (path != q.rel or not q.start <= _l <= q.end) and rowid not in {r for r, _ in types}:
                types.append((rowid, f"defines `{name}` used at line {wanted[name]}"))
    return definitions, callers, types


def _ready(index, modes) -> None:
    """Open the index; if opening the vector store found it damaged and rebuilt it, re-index now
    (the store is not opened when its snapshot answers for the catalog as it is)."""
    index.open()
    if "vector" in modes and index.vector_snapshot() is None:
        index._ensure_store()
        if index._catalog_changed:
            index.update()


def _start_vector_lists(index, text: str, rel: str, n: int = 30, both: bool = False):
    """Start the similar-code queries; returns a function giving {source: hits}: the model's
    vectors ("model") when they are complete, else the default backend's ("vector", with the
    team server's when there is one, asked on a thread while the caller builds its other
    lists); ``both``: the default backend's beside the model's, as a list of their own (never
    ranked in one vector space)."""
    source, backend, store = index.vector_source()
    text = f"{rel}\n\n{text}" if rel else text
    pending = {}
    if source == "model":
        vector = backend.embed_query(text)
        pending["model"] = lambda: store.query(vector, n)
    if source != "model" or both:
        pending["vector"] = index.start_vector_hits(index.backend.embed_query(text), n)

    def result() -> dict[str, list[tuple[int, str]]]:
        found = {name: hits() for name, hits in pending.items()}
        rowids = index.catalog.rowids_for_ids([cid for hits in found.values() for cid, _d in hits])
        return {name: [(rowids[cid], "similar code") for cid, _d in hits if cid in rowids]
                for name, hits in found.items()}

    return result


def _fuse(lists: dict[str, list[tuple[int, str]]], weights: dict[str, float] = WEIGHTS
          ) -> list[tuple[int, float, str, list[str]]]:
    scores: dict[int, float] = defaultdict(float)
    reasons: dict[int, list[tuple[float, str]]] = defaultdict(list)
    sources: dict[int, list[str]] = defaultdict(list)
    for source, items in lists.items():
        weight = weights[source]
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


@lru_cache(maxsize=1 << 16)
def is_doc(path: str) -> bool:
    """Documentation, licences, changelogs: not what a code reviewer needs unless asked (asked
    for every candidate of every search: remembered)."""
    pure = PurePosixPath(path)
    return (pure.suffix.lower() in DOC_SUFFIXES or bool(DOC_NAMES.match(pure.name))
            or any(part.lower() in DOC_DIRS for part in pure.parts[:-1]))


def _around(row, line: int) -> None:
    """Cut a chunk to the lines around ``line`` (its header stays)."""
    lo, hi = max(row.start, line - CALLER_WINDOW), min(row.end, line + CALLER_WINDOW)
    lines = row.text.split("\n")
    row.text = "\n".join(lines[lo - row.start : hi - row.start + 1])
    row.start, row.end = lo, hi


def _pack(index, fused, budget: int, k: int | None, q: _Query | None = None,
          docs: bool = True) -> tuple[list[ContextChunk], int, int]:
    """Chunks in order within the budget and ``k``; for a query (``q``), tier by tier (what
    the code calls and what calls it first), a caller too big for its share cut to the call,
    and without documentation unless ``docs``."""
    rows = index.catalog.chunks_by_rowid([f[0] for f in fused[: (k or 50) * (3 if docs else 6)]])
    if q is not None:
        for rowid in q.partial:
            if rowid in rows and _trim(rows[rowid], q) is None:
                del rows[rowid]
        # tier by tier; in the first, what it calls and what calls it take turns (a caller is not
        # pushed out by a run of definitions); else by score (the sort is stable)
        turn = {rowid: n for n, rowid in enumerate(dict.fromkeys(
            r for pair in zip_longest(q.ranked.get("definition", []), q.ranked.get("caller", [])) for r in pair if r))}
        fused = sorted(fused, key=lambda f: (min(TIERS[s] for s in f[3]), turn.get(f[0], 0) if "definition" in f[3]
                                             or "caller" in f[3] else 0))
    out: list[ContextChunk] = []
    used = 0
    omitted = 0
    for rowid, score, reason, sources in fused:
        row = rows.get(rowid)
        if row is None or (not docs and is_doc(row.path)):
            continue
        if q is not None and rowid in q.caller_lines and estimate_tokens(row.text) > budget // 3:
            _around(row, q.caller_lines[rowid])
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
            k: int | None = None, modes=MODES, docs: bool = False) -> Context:
    """The context the reviewer gets for the code at ``path:line`` (``text``: unsaved buffer;
    ``docs``: documentation, licences and changelogs too). Raises
    ``postil.gate.egress.Refused`` for a file the egress gate keeps on the machine."""
    from postil.gate.egress import Refused

    reason = index.gate.refusal(path)
    if reason is not None:
        raise Refused(reason)
    _ready(index, modes)
    rel = index.relative(path)
    q = _build_query(index, rel, line, text)
    similar = _start_vector_lists(index, q.text, rel) if "vector" in modes else None
    lists: dict[str, list[tuple[int, str]]] = {}
    if "symbols" in modes:
        lists["definition"], lists["caller"], lists["type"] = _symbol_lists(index, q)
        q.ranked = {name: [rowid for rowid, _r in lists[name]] for name in ("definition", "caller")}
    if "keyword" in modes:
        lists["keyword"] = [(r, "keyword match") for r, _s in keyword.search(index.catalog.reader, q.text,
                                                                                  frequencies=index.catalog.frequencies())]
    if similar is not None:
        lists.update(similar())
    lists = {name: [item for item in items if item[0] not in q.own_rowids] for name, items in lists.items()}
    chunks, used, omitted = _pack(index, _fuse(lists), budget, k, q, docs=docs)
    return Context(rel, q.start, q.end, chunks, budget, used, omitted)


def search(index, query: str, k: int = 10, *, modes=MODES, budget: int = 1_000_000,
           docs: bool = False) -> list[ContextChunk]:
    """Chunks for a free-text query: names it mentions, keywords, similar code (``docs``:
    documentation, licences and changelogs too; a question in words is otherwise answered by
    the prose that paraphrases the code rather than by the code)."""
    _ready(index, modes)
    similar = _start_vector_lists(index, query, "", n=max(30, k), both=True) if "vector" in modes else None
    lists: dict[str, list[tuple[int, str]]] = {}
    if "symbols" in modes:
        lists["definition"] = index.catalog.name_index().search(index.catalog.reader, query, index.catalog.frequencies(),
                                                                 limit=max(30, k))
    if "keyword" in modes:
        lists["keyword"] = [(r, "keyword match") for r, _s in keyword.search(index.catalog.reader, query, limit=max(30, k),
                                                                                  frequencies=index.catalog.frequencies())]
    if similar is not None:
        lists.update(similar())
    chunks, _used, _omitted = _pack(index, _fuse(lists, MODEL_SEARCH_WEIGHTS if "model" in lists else SEARCH_WEIGHTS), budget, k,
                                    docs=docs)
    return chunks


def model_hint(index, query: str) -> str | None:
    """A line suggesting the local embedding model, for a query in words (not a name or a code
    snippet) that was ranked without it; None when the model ranked it or would not help."""
    words = query.split()
    if len(words) < 2 or any(not IDENTIFIER.fullmatch(w.strip(".,;:?!'\"")) for w in words):
        return None  # a name, or code: names and keywords find those without a model
    if index.vector_source()[0] == "model":
        return None
    if index.model_backend is not None:
        return (f"postil: the embedding model's vectors cover {index.model_coverage():.0%} of the index so far; "
                "words are ranked with it once `postil index` has built them")
    return ("postil: words were matched to code without an embedding model; one finds code by what it does "
            "more often: `postil index --download-model all-MiniLM-L6-v2` (or set [tool.postil.index] model-path)")
