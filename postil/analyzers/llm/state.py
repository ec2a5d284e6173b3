"""What the reviewer remembers per workspace, in diskcache (safe across the server and
CLI processes): results cache, daily budget, feedback and usage statistics.

``<workspace>/.postil/cache/llm``  results (``postil cache clear`` empties it)
``<workspace>/.postil/llm``        budget, feedback, stats (kept across cache clears)
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import threading
import time
from pathlib import Path

CACHE_DIR = Path(".postil") / "cache" / "llm"
STATE_DIR = Path(".postil") / "llm"
MAX_LATENCIES = 2000

# USD per million tokens (input, output); [tool.postil.llm.prices] overrides or adds.
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


def _open(directory: Path):
    import diskcache

    directory.mkdir(parents=True, exist_ok=True)
    return diskcache.Cache(str(directory), size_limit=256 * 1024 * 1024)


class ResultCache:
    """Model answers keyed by the endpoint (base URL), provider, model, prompt version, the
    code reviewed and its context; an answer older than ``ttl`` seconds is never replayed."""

    TTL = 7 * 24 * 3600

    def __init__(self, root: Path, ttl: float = TTL, clock=time.time) -> None:
        self.directory = Path(root) / CACHE_DIR
        self.ttl = ttl
        self.clock = clock
        self._cache = None
        self._lock = threading.Lock()

    @property
    def cache(self):
        with self._lock:
            if self._cache is None:
                self._cache = _open(self.directory)
            return self._cache

    @staticmethod
    def key(*, endpoint: str, model: str, prompt_version: str, code: str, context: str, extra: str = "") -> str:
        h = hashlib.sha256()
        for part in (endpoint, model, prompt_version, code, context, extra):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
        return h.hexdigest()

    def get(self, key: str) -> dict | None:
        entry = self.cache.get(key)
        if not isinstance(entry, dict) or not isinstance(entry.get("value"), dict):
            return None
        stored = entry.get("stored_at")
        if not isinstance(stored, (int, float)) or not 0 <= self.clock() - stored <= self.ttl:
            return None
        return entry["value"]

    def put(self, key: str, value: dict) -> None:
        self.cache.set(key, {"stored_at": self.clock(), "value": value})

    def clear(self) -> int:
        """Empty the cache; the number of entries removed."""
        if not self.directory.exists():
            return 0
        return self.cache.clear()

    def __len__(self) -> int:
        return len(self.cache) if self.directory.exists() else 0

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None


class State:
    """Budget, feedback and statistics for one workspace."""

    def __init__(self, root: Path, clock=time.time) -> None:
        self.directory = Path(root) / STATE_DIR
        self.clock = clock
        self._db = None
        self._lock = threading.Lock()

    @property
    def db(self):
        with self._lock:
            if self._db is None:
                self._db = _open(self.directory)
            return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def today(self) -> str:
        return _dt.datetime.fromtimestamp(self.clock()).strftime("%Y-%m-%d")

    # -- counters ------------------------------------------------------------
    def incr(self, key: str, amount: int = 1) -> int:
        return self.db.incr(key, amount, default=0)

    def get(self, key: str, default=0):
        return self.db.get(key, default)

    def add_latency(self, seconds: float) -> None:
        with self.db.transact():
            values = self.db.get("latencies", [])
            values.append(round(seconds, 4))
            self.db.set("latencies", values[-MAX_LATENCIES:])

    def snapshot(self) -> dict:
        keys = list(self.db.iterkeys())
        return {k: self.db.get(k) for k in keys if isinstance(k, str)}


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
    """Daily token and USD limits, counted in the workspace state."""

    def __init__(self, state: State, config) -> None:
        self.state = state
        self.config = config

    def _keys(self) -> tuple[str, str]:
        day = self.state.today()
        return f"budget:{day}:tokens", f"budget:{day}:micro_usd"

    def spent(self) -> tuple[int, float]:
        tokens_key, usd_key = self._keys()
        return int(self.state.get(tokens_key, 0)), self.state.get(usd_key, 0) / 1e6

    def check(self, estimated_tokens: int = 0) -> None:
        """Raise BudgetExhausted when a call of about ``estimated_tokens`` would exceed a limit."""
        tokens, usd = self.spent()
        limit_tokens = self.config.daily_budget_tokens
        limit_usd = self.config.daily_budget_usd
        if limit_tokens is not None and tokens + estimated_tokens > limit_tokens:
            raise BudgetExhausted(f"daily LLM token budget spent ({tokens:,} of {limit_tokens:,} tokens); "
                                  "LLM review resumes tomorrow or with a higher llm.daily-budget-tokens")
        if limit_usd is not None and usd >= limit_usd:
            raise BudgetExhausted(f"daily LLM budget spent (${usd:.4f} of ${limit_usd:.2f}); "
                                  "LLM review resumes tomorrow or with a higher llm.daily-budget-usd")

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
        self.state.db.set(f"dismissed:{fingerprint}", True)
        self.state.incr(f"feedback:{category}:dismissed")

    def accept(self, fingerprint: str, category: str) -> None:
        self.state.incr(f"feedback:{category}:accepted")

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
                categories.setdefault(category, {"accepted": 0, "dismissed": 0})[what] = value
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
