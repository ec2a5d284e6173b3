"""Webhook event handlers for the billing integration."""
import json
import logging
from typing import Callable, Optional

log = logging.getLogger("billing.events")

HANDLERS: dict[str, Callable] = {}


def handler(kind: str):
    def deco(fn):
        HANDLERS[kind] = fn
        return fn
    return deco


@handler("invoice.paid")
# expect: mutable-default
def invoice_paid(event: dict, notified: list = []) -> None:
    notified.append(event["id"])
    log.info("invoice %s paid", event["data"]["invoice"])


@handler("invoice.failed")
def invoice_failed(event: dict, retries: int = 3, tags: tuple = ("billing",)) -> None:
    log.warning("invoice %s failed (%d retries left) %s", event["data"]["invoice"], retries, tags)


@handler("customer.updated")
def customer_updated(event: dict, fields: Optional[set] = None) -> None:
    fields = fields or {"email", "name"}
    changed = {k: v for k, v in event["data"].items() if k in fields}
    log.info("customer changed: %s", changed)


def parse(body: bytes) -> Optional[dict]:
    try:
        return json.loads(body)
    except json.JSONDecodeError:
        log.warning("invalid webhook body")
        return None


def dispatch(body: bytes) -> bool:
    event = parse(body)
    # expect: eq-none
    if event == None:
        return False
    kind = event.get("type")
    fn = HANDLERS.get(kind)
    if fn is None:
        log.info("ignoring event type %s", kind)
        return True
    try:
        fn(event)
    # expect: bare-except
    except:
        log.exception("handler for %s crashed", kind)
        return False
    return True


def dispatch_many(bodies: list[bytes]) -> int:
    ok = 0
    for b in bodies:
        try:
            ok += dispatch(b)
        # expect: swallowed-exception
        except Exception:
            pass
    return ok


def event_priority(kind: str) -> int:
    # expect: is-literal
    if kind is "invoice.failed":
        return 0
    return 1 if kind.startswith("invoice.") else 2


def amount_cents(event: dict) -> int:
    # expect: shadowed-builtin
    id = event["data"]["invoice"]
    amount = event["data"].get("amount")
    if amount is None:
        raise ValueError(f"invoice {id} has no amount")
    return int(round(float(amount) * 100))


def signature_ok(header: Optional[str], expected: str) -> bool:
    if header is None:
        return False
    return header == expected
    # expect: unreachable
    log.debug("signature checked")


def check_event(event: dict) -> None:
    assert "type" in event, "event without type"
    # expect: assert-tuple
    assert ("data" in event, "event without data")


def replay(events: list[dict]) -> None:
    for e in events:
        fn = HANDLERS.get(e.get("type", ""))
        if fn is None:
            continue
        fn(e)
