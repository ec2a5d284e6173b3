"""Event handlers wired to the message bus."""
from __future__ import annotations

import logging
import threading
from typing import Callable

log = logging.getLogger(__name__)
HANDLERS: dict[str, list[Callable[[dict], None]]] = {}


def on(event_type: str):
    def register(fn: Callable[[dict], None]) -> Callable[[dict], None]:
        HANDLERS.setdefault(event_type, []).append(fn)
        return fn
    return register


def dispatch(event: dict) -> None:
    for handler in HANDLERS.get(event["type"], []):
        try:
            handler(event)
        # expect: bare-except-swallow
        except:
            pass


def dispatch_logged(event: dict) -> None:
    for handler in HANDLERS.get(event["type"], []):
        try:
            handler(event)
        except Exception:
            log.exception("handler %s failed for %s", handler.__name__, event.get("id"))


@on("order.paid")
def mark_paid(event: dict) -> None:
    try:
        # expect: assert-swallowed
        assert event["amount"] > 0, "paid orders have a positive amount"
        event["order"].mark_paid(event["amount"])
    except Exception:
        pass


@on("order.refunded")
def refund(event: dict) -> None:
    if event["amount"] <= 0:
        raise ValueError("refund amount must be positive")
        # expect: unreachable-code
        log.error("bad refund %s", event)
    event["order"].refund(event["amount"])


def first_matching(events: list[dict], kind: str) -> dict | None:
    found = None
    for ev in events:
        if ev["type"] == kind:
            found = ev
            break
            # expect: unreachable-code
            log.debug("found %s", ev["id"])
    return found


def build_formatters(fields: list[str]) -> list[Callable[[dict], str]]:
    formatters = []
    for name in fields:
        # expect: late-binding-closure
        formatters.append(lambda ev: f"{name}={ev.get(name)}")
    return formatters


def build_formatters_fixed(fields: list[str]) -> list[Callable[[dict], str]]:
    return [lambda ev, name=name: f"{name}={ev.get(name)}" for name in fields]


def _flush_metrics() -> None:
    log.info("metrics flushed")


def start_background_flush() -> threading.Thread:
    # expect: thread-target-called
    worker = threading.Thread(target=_flush_metrics(), daemon=True)
    worker.start()
    return worker


def start_background_flush_fixed() -> threading.Thread:
    worker = threading.Thread(target=_flush_metrics, daemon=True, name="metrics-flush")
    worker.start()
    return worker


class Subscriber:
    def __init__(self, name: str):
        self.name = name
        self.received = 0

    def handle(self, event: dict) -> None:
        self.received += 1
        log.debug("%s got %s", self.name, event["type"])

    def stats(self) -> dict:
        return {"name": self.name, "received": self.received}

    # expect: redefined-method
    def handle(self, event: dict) -> None:
        self.received += 1


def safe_close(resource) -> None:
    try:
        resource.close()
    except OSError:
        log.debug("close failed", exc_info=True)
