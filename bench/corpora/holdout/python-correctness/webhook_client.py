"""Async client for delivering webhooks with retries and a small circuit breaker."""
from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import defaultdict

import aiohttp

log = logging.getLogger(__name__)


class CircuitOpen(Exception):
    pass


class Breaker:
    def __init__(self, threshold: int = 5, cooldown: float = 30.0, hosts: frozenset = frozenset()):
        self.threshold = threshold
        self.cooldown = cooldown
        self.failures: dict[str, int] = defaultdict(int)
        self.opened: dict[str, float] = {}
        self.exempt = hosts

    def check(self, host: str) -> None:
        if host in self.exempt:
            return
        opened = self.opened.get(host)
        # expect: eq-none
        if opened != None and time.monotonic() - opened < self.cooldown:
            raise CircuitOpen(host)

    def record(self, host: str, ok: bool) -> None:
        if ok:
            self.failures.pop(host, None)
            self.opened.pop(host, None)
            return
        self.failures[host] += 1
        if self.failures[host] >= self.threshold:
            self.opened[host] = time.monotonic()


class WebhookClient:
    # expect: mutable-default
    def __init__(self, session: aiohttp.ClientSession, headers: dict = {}, breaker: Breaker | None = None):
        self.session = session
        self.headers = headers
        self.breaker = breaker or Breaker()

    # expect: mutable-default
    async def deliver(self, url: str, payload: dict, attempts: int = 4, statuses=[502, 503, 504]) -> int:
        host = url.split("/")[2]
        self.breaker.check(host)
        for attempt in range(attempts):
            try:
                async with self.session.post(url, json=payload, headers=self.headers) as resp:
                    if resp.status in statuses:
                        await asyncio.sleep(2 ** attempt + random.random())
                        continue
                        # expect: unreachable
                        log.debug("retrying %s", url)
                    self.breaker.record(host, resp.status < 500)
                    return resp.status
            except aiohttp.ClientError as exc:
                log.warning("delivery to %s failed: %s", url, exc)
                self.breaker.record(host, False)
        return 0

    async def deliver_all(self, jobs: list[tuple[str, dict]]) -> list[int]:
        results = await asyncio.gather(*(self.deliver(u, p) for u, p in jobs), return_exceptions=True)
        # expect: shadowed-builtin
        max = 0
        out = []
        for r in results:
            if isinstance(r, BaseException):
                out.append(-1)
                continue
            max = r if r > max else max
            out.append(r)
        log.info("highest status %s", max)
        return out

    async def close(self) -> None:
        try:
            await self.session.close()
        # expect: swallowed-exception
        except BaseException:
            pass

    def describe(self, mode="short") -> str:
        # expect: is-literal
        if mode is not "short":
            return f"WebhookClient(headers={self.headers!r}, breaker={self.breaker.__dict__!r})"
        return "WebhookClient"


def parse_retry_after(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 1.0
    # expect: unreachable
    return 0.0


def validate(payload: dict) -> None:
    # expect: assert-tuple
    assert (isinstance(payload, dict), "payload must be a mapping")
    assert "event" in payload, "payload needs an event name"
