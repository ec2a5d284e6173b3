"""What the reviewer remembers per workspace: results cache, daily budget, feedback and
usage statistics, as SQLite rows of JSON (safe across the server's threads and the CLI's
processes; nothing stored is code or a file name, so reading a row runs nothing).

``<workspace>/.postil/cache/llm/results.sqlite3``  results (``postil cache clear`` empties it)
``<workspace>/.postil/llm/state.sqlite3``          budget, feedback, stats (kept across cache clears)

Both live in postil's own ``.postil/`` (see ``postil.core.workdir``). A file or row that is
not what postil wrote is reported as a damaged store and rebuilt empty.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from postil.analyzers.findings import MODEL_CATEGORIES
from postil.core.workdir import NAME as WORKDIR_NAME
from postil.core.workdir import WorkdirError, own_database, workdir

CACHE_PARTS = ("cache", "llm")
STATE_PARTS = ("llm",)
MAX_LATENCIES = 2000
MAX_CACHED_RESULTS = 50_000

# USD per million tokens (input, output); [llm.prices] in the user's config overrides or adds
# (a project's prices are ignored: postil.config.USER_ONLY_KEYS).
DEFAULT_PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-sonnet-4-5": (3.00, 15.00),
    "claude-haiku-4-5": (1.00, 5.00),
}

_SCHEMA = "CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)"


class StoreDamaged(Exception):
    """A store file or row is not what postil wrote."""


def _say(message: str) -> None:
    from postil.core.terminal import terminal

    print(terminal(message), file=sys.stderr)


class JsonStore:
    """Keys to JSON values in one SQLite file under ``.postil/``; one connection per thread.

    Any failure to read what postil wrote (not a database, another schema, a row that is
    not JSON) empties the store and says so once; callers never see a crash."""

    def __init__(self, root: Path, parts: tuple[str, ...], filename: str, what: str,
                 max_rows: int | None = None, say: Callable[[str], None] = _say) -> None:
        self.root = Path(root)
        self.parts = parts
        self.filename = filename
        self.what = what
        self.max_rows = max_rows
        self.say = say
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._path: Path | None = None

    @property
    def directory(self) -> Path:
        return self.root.joinpath(WORKDIR_NAME, *self.parts)

    def exists(self) -> bool:
        """Whether postil has a ``.postil/`` here at all (nothing is created to find out)."""
        return os.path.lexists(self.root / WORKDIR_NAME)

    @property
    def path(self) -> Path:
        with self._lock:
            if self._path is None:
                self._path = workdir(self.root, *self.parts, say=self.say) / self.filename
            return self._path

    def _connect(self) -> sqlite3.Connection:
        path = own_database(self.path)
        conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        # One setup at a time: switching a new file to WAL answers "database is locked" at once,
        # without waiting, to a second connection doing the same (a thread's count was lost so).
        with self._lock:
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")  # WAL stays consistent; a crash may lose the last counts
                conn.execute(_SCHEMA.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"))
                tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
                if tables != [("kv", _SCHEMA)]:
                    raise StoreDamaged("tables postil did not make")
            except BaseException:
                conn.close()
                raise
            self._connections.append(conn)
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    def _run(self, operation: Callable[[sqlite3.Connection], object], default=None):
        """``operation(conn)``; a damaged store is rebuilt and the operation tried once more.
        A store that cannot be opened at all (read-only disk) gives ``default``."""
        for attempt in (1, 2):
            try:
                return operation(self.conn)
            except sqlite3.OperationalError as exc:  # locked for too long, read-only disk: not damage
                self.say(f"postil: the {self.what} at {self.directory} cannot be used now ({exc}); going on without it")
                return default
            except WorkdirError as exc:
                self.say(f"postil: {exc}; the {self.what} is not kept")
                return default
            except (sqlite3.DatabaseError, StoreDamaged) as exc:
                if attempt == 2:
                    self.say(f"postil: the {self.what} at {self.directory} cannot be used ({exc}); going on without it")
                    return default
                self.say(f"postil: the {self.what} at {self.directory} was damaged ({exc}); rebuilt it empty")
                try:
                    self._rebuild()
                except OSError as error:
                    self.say(f"postil: cannot rebuild the {self.what}: {error}")
                    return default
        return default

    def _rebuild(self) -> None:
        self.close()
        path = self.path
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(f"{path}{suffix}")
            except FileNotFoundError:
                pass

    def close(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, []
            self._local = threading.local()
        for conn in connections:
            try:
                conn.close()
            except sqlite3.Error:
                pass

    # -- values ----------------------------------------------------------------
    @staticmethod
    def _load(raw):
        if not isinstance(raw, str):
            raise StoreDamaged("a row that is not JSON text")
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            raise StoreDamaged("a row that is not JSON") from None

    def get(self, key: str, default=None):
        def read(conn):
            row = conn.execute("SELECT value FROM kv WHERE key = ?", (key,)).fetchone()
            return default if row is None else self._load(row[0])
        return self._run(read, default)

    def set(self, key: str, value) -> None:
        text = dumps(value)

        def write(conn):
            conn.execute("INSERT OR REPLACE INTO kv (key, value) VALUES (?, ?)", (key, text))
            if self.max_rows:
                conn.execute("DELETE FROM kv WHERE rowid < (SELECT max(rowid) FROM kv) - ?", (self.max_rows,))
        self._run(write)

    def update(self, key: str, change: Callable, default):
        """Store ``change(current)`` in one transaction (current is ``default`` when unset)."""
        def write(conn):
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute("SELECT value FROM kv WHERE key = ?", (key,)).fetchone()
                value = change(default if row is None else self._load(row[0]))
                conn.execute("INSERT OR REPLACE INTO kv (key, value) VALUES (?, ?)", (key, dumps(value)))
                conn.execute("COMMIT")
                return value
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return self._run(write, default)

    def items(self) -> dict:
        return self._run(lambda conn: {k: self._load(v) for k, v in conn.execute("SELECT key, value FROM kv")}, {})

    def clear(self) -> int:
        def wipe(conn):
            return conn.execute("DELETE FROM kv").rowcount
        return self._run(wipe, 0)

    def __len__(self) -> int:
        return self._run(lambda conn: conn.execute("SELECT count(*) FROM kv").fetchone()[0], 0)


def _number(value) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise StoreDamaged("a counter that is not a number")
    return value


class ResultCache:
    """Model answers keyed by the endpoint (base URL), provider, model, prompt version, the
    code reviewed and its context; an answer older than ``ttl`` seconds is never replayed."""

    TTL = 7 * 24 * 3600

    def __init__(self, root: Path, ttl: float = TTL, clock=time.time) -> None:
        self.store = JsonStore(root, CACHE_PARTS, "results.sqlite3", "LLM result cache", max_rows=MAX_CACHED_RESULTS)
        # What retrieval found for a unit in one generation of the index: a cached review
        # computes its key without opening the vector store.
        self.contexts = JsonStore(root, CACHE_PARTS, "context.sqlite3", "LLM context cache", max_rows=MAX_CACHED_RESULTS)
        self.ttl = ttl
        self.clock = clock

    @property
    def directory(self) -> Path:
        return self.store.directory

    @staticmethod
    def key(*, endpoint: str, model: str, prompt_version: str, code: str, context: str, extra: str = "") -> str:
        h = hashlib.sha256()
        for part in (endpoint, model, prompt_version, code, context, extra):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
        return h.hexdigest()

    def get(self, key: str, store: JsonStore | None = None) -> dict | None:
        entry = (self.store if store is None else store).get(key)
        if not isinstance(entry, dict) or not isinstance(entry.get("value"), dict):
            return None
        stored = entry.get("stored_at")
        if not isinstance(stored, (int, float)) or not 0 <= self.clock() - stored <= self.ttl:
            return None
        return entry["value"]

    def put(self, key: str, value: dict, store: JsonStore | None = None) -> None:
        (self.store if store is None else store).set(key, {"stored_at": self.clock(), "value": value})

    def clear(self) -> int:
        """Empty the cache; the number of answers removed."""
        if not self.store.exists():
            return 0
        self.contexts.clear()
        return self.store.clear()

    def __len__(self) -> int:
        return len(self.store) if self.store.exists() else 0

    def close(self) -> None:
        self.store.close()
        self.contexts.close()


class State:
    """Budget, feedback and statistics for one workspace."""

    def __init__(self, root: Path, clock=time.time) -> None:
        self.db = JsonStore(root, STATE_PARTS, "state.sqlite3", "LLM state (budget, feedback, statistics)")
        self.clock = clock

    @property
    def directory(self) -> Path:
        return self.db.directory

    def exists(self) -> bool:
        return self.db.exists()

    def close(self) -> None:
        self.db.close()

    def today(self) -> str:
        return _dt.datetime.fromtimestamp(self.clock()).strftime("%Y-%m-%d")

    # -- counters ------------------------------------------------------------
    def incr(self, key: str, amount: int = 1) -> int:
        return self.db.update(key, lambda current: _number(current) + amount, 0)

    def get(self, key: str, default=0):
        value = self.db.get(key, default)
        try:
            return _number(value) if isinstance(default, (int, float)) else value
        except StoreDamaged:
            return default

    def add_latency(self, seconds: float) -> None:
        def append(values):
            if not isinstance(values, list):
                raise StoreDamaged("latencies that are not a list")
            return [*values, round(seconds, 4)][-MAX_LATENCIES:]
        self.db.update("latencies", append, [])

    def snapshot(self) -> dict:
        """Every counter as stored; values of the wrong type are left out."""
        out = {}
        for key, value in self.db.items().items():
            if key == "latencies":
                if isinstance(value, list):
                    out[key] = [v for v in value if isinstance(v, (int, float)) and not isinstance(v, bool)]
            elif isinstance(value, (int, float)):
                out[key] = value
        return out


def price_for(model: str, overrides: dict) -> tuple[float, float] | None:
    """(input, output) USD per million tokens: the config's table first, then the defaults
    (longest prefix wins, so dated model names find their family)."""
    for table in ({k: (v.input, v.output) for k, v in overrides.items()}, DEFAULT_PRICES):
        if model in table:
            return table[model]
        best = max((k for k in table if model.startswith(k)), key=len, default=None)
        if best is not None:
            return table[best]
    return None


def checked_usage(reported, bound: int) -> tuple[int, bool]:
    """A provider's token count as counted: (tokens, trusted). Anything but an integer in
    ``0..bound`` (what was sent, or the output limit) counts as ``bound``."""
    bound = max(1, bound)
    if isinstance(reported, bool) or not isinstance(reported, int) or not 0 <= reported <= bound:
        return bound, False
    return reported, True


class BudgetExhausted(Exception):
    """Today's token or USD budget is spent; no more calls until tomorrow."""


class Budget:
    """Daily token and USD limits, counted in the workspace state.

    A call reserves its most it may spend (``reserve``) before it is sent and settles the
    reservation with what it did spend (``settle``), so calls running in parallel never
    overshoot a limit together: one that does not fit waits for those in flight to settle,
    and is refused when it would not fit even with nothing in flight."""

    def __init__(self, state: State, config) -> None:
        self.state = state
        self.config = config
        self._reserved: tuple[int, float] = (0, 0.0)  # tokens and USD held by calls in flight
        self._in_flight = threading.Condition()

    def _keys(self) -> tuple[str, str]:
        day = self.state.today()
        return f"budget:{day}:tokens", f"budget:{day}:micro_usd"

    def spent(self) -> tuple[int, float]:
        tokens_key, usd_key = self._keys()
        return int(self.state.get(tokens_key, 0)), self.state.get(usd_key, 0) / 1e6

    def _refusal(self, tokens_needed: int, usd_needed: float, held: tuple[int, float]) -> str | None:
        tokens, usd = self.spent()
        limit_tokens = self.config.daily_budget_tokens
        limit_usd = self.config.daily_budget_usd
        if limit_tokens is not None and tokens + held[0] + tokens_needed > limit_tokens:
            return (f"daily LLM token budget spent ({tokens:,} of {limit_tokens:,} tokens); "
                    "LLM review resumes tomorrow or with a higher llm.daily-budget-tokens")
        if limit_usd is not None and (usd >= limit_usd or usd + held[1] + usd_needed > limit_usd):
            return (f"daily LLM budget spent (${usd:.4f} of ${limit_usd:.2f}); "
                    "LLM review resumes tomorrow or with a higher llm.daily-budget-usd")
        return None

    def reserve(self, model: str, input_tokens: int, output_limit: int) -> tuple[int, float]:
        """Hold the most a call may count (its input and its output limit) before it is
        sent; BudgetExhausted when that does not fit. Returns the hold, for :meth:`settle`."""
        price = price_for(model, self.config.prices)
        hold = (input_tokens + output_limit,
                0.0 if price is None else (input_tokens * price[0] + output_limit * price[1]) / 1e6)
        with self._in_flight:
            while (why := self._refusal(*hold, self._reserved)) is not None:
                if not self._reserved[0] or self._refusal(*hold, (0, 0.0)) is not None:
                    raise BudgetExhausted(why)  # it would not fit even with nothing in flight
                self._in_flight.wait()
            self._reserved = (self._reserved[0] + hold[0], self._reserved[1] + hold[1])
            return hold

    def settle(self, hold: tuple[int, float], model: str | None = None, input_tokens: int = 0,
               output_tokens: int = 0) -> float:
        """Release a hold and count what the call spent (nothing when ``model`` is None:
        the call was not answered); the cost in USD."""
        with self._in_flight:
            try:
                return self.record(model, input_tokens, output_tokens) if model is not None else 0.0
            finally:
                self._reserved = (self._reserved[0] - hold[0], self._reserved[1] - hold[1])
                self._in_flight.notify_all()

    def record(self, model: str, input_tokens: int, output_tokens: int) -> float:
        """Count a call (validated usage, see :func:`checked_usage`) for the model that was
        asked for; its cost in USD (0 when the model has no price: tokens still count)."""
        tokens_key, usd_key = self._keys()
        self.state.incr(tokens_key, input_tokens + output_tokens)
        price = price_for(model, self.config.prices)
        cost = 0.0 if price is None else (input_tokens * price[0] + output_tokens * price[1]) / 1e6
        if cost:
            self.state.incr(usd_key, round(cost * 1e6))
        return cost


class Feedback:
    """Dismissed fingerprints (that finding is never shown again) and accept/dismiss counts
    per category (statistics only: a dismissal never hides other findings)."""

    def __init__(self, state: State) -> None:
        self.state = state

    def dismiss(self, fingerprint: str, category: str) -> None:
        self.state.db.set(f"dismissed:{fingerprint}", 1)
        self.state.incr(f"feedback:{category}:dismissed")

    def accept(self, fingerprint: str, category: str) -> None:
        self.state.incr(f"feedback:{category}:accepted")

    def learned(self, category: str) -> None:
        """A finding of ``category`` became a rule (``postil rules learn``, "Make this a rule")."""
        self.state.incr(f"feedback:{category}:learned")

    def found_by_learned_rule(self, finding, replaced: str) -> None:
        """Count a model call a learned rule saved: its ``finding`` (its ``metadata.learned-from``
        names a model category) where the model's finding ``replaced`` (a fingerprint) was
        shown; once per model finding, however often the code is reviewed again."""
        origin = finding.metadata.get("learned-from") if isinstance(finding.metadata, dict) else None
        category = origin.removeprefix("llm/") if isinstance(origin, str) else None
        if category in MODEL_CATEGORIES and not self.state.db.get(f"saved:{replaced}"):
            self.state.db.set(f"saved:{replaced}", 1)
            self.state.incr(f"feedback:{category}:saved")

    def is_dismissed(self, fingerprint: str) -> bool:
        return bool(self.state.db.get(f"dismissed:{fingerprint}", False))


class Stats:
    """Calls, tokens, cost, cache hits and latencies, for ``postil stats``."""

    def __init__(self, state: State) -> None:
        self.state = state

    def call(self, *, input_tokens: int, output_tokens: int, cost: float, latency: float, failed: bool = False,
             attempts: int = 1) -> None:
        """Count one request: ``attempts`` HTTP calls, all failed but the last unless ``failed``."""
        s = self.state
        attempts = max(1, attempts)
        s.incr("stats:calls", attempts)
        if failed or attempts > 1:
            s.incr("stats:failures", attempts if failed else attempts - 1)
        if failed:
            return
        s.incr("stats:input_tokens", input_tokens)
        s.incr("stats:output_tokens", output_tokens)
        s.incr("stats:micro_usd", round(cost * 1e6))
        s.add_latency(latency)

    def cache_hit(self) -> None:
        self.state.incr("stats:cache_hits")

    def cache_miss(self) -> None:
        self.state.incr("stats:cache_misses")

    def findings(self, shown: int, dropped: int) -> None:
        self.state.incr("stats:findings_shown", shown)
        self.state.incr("stats:findings_dropped", dropped)

    def summary(self) -> dict:
        return self.summarize(self.state.snapshot())

    @staticmethod
    def empty() -> dict:
        return Stats.summarize({})

    @staticmethod
    def summarize(data: dict) -> dict:
        latencies = sorted(data.get("latencies", []))

        def pct(p: float):
            if not latencies:
                return None
            return latencies[min(len(latencies) - 1, round(p / 100 * (len(latencies) - 1)))]

        categories: dict[str, dict] = {}
        for key, value in data.items():
            if key.startswith("feedback:"):
                _, category, what = key.split(":", 2)
                categories.setdefault(category, {"accepted": 0, "dismissed": 0, "learned": 0, "saved": 0})[what] = value
        for c in categories.values():
            total = c["accepted"] + c["dismissed"]
            c["accept_rate"] = round(c["accepted"] / total, 3) if total else None
        hits, misses = data.get("stats:cache_hits", 0), data.get("stats:cache_misses", 0)
        return {
            "calls": data.get("stats:calls", 0), "failures": data.get("stats:failures", 0),
            "input_tokens": data.get("stats:input_tokens", 0), "output_tokens": data.get("stats:output_tokens", 0),
            "cost_usd": round(data.get("stats:micro_usd", 0) / 1e6, 6),
            "cache_hits": hits, "cache_misses": misses,
            "cache_hit_rate": round(hits / (hits + misses), 3) if hits + misses else None,
            "latency_p50": pct(50), "latency_p95": pct(95), "latency_samples": len(latencies),
            "findings_shown": data.get("stats:findings_shown", 0),
            "findings_dropped": data.get("stats:findings_dropped", 0),
            "dismissed_fingerprints": sum(1 for k in data if k.startswith("dismissed:")),
            "categories": categories,
        }


def dumps(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))
