"""Runs pricing rules in sub-interpreters so a crash cannot take the worker down.

Built-in rules ship with the service; merchant rules are typed into the
merchant dashboard and stored in the database.
"""
import json
import logging

import _xxsubinterpreters as interpreters

from .db import fetch_merchant_rules
from .queue import incoming_rule_tests

log = logging.getLogger(__name__)

ROUNDING_RULE = """
import json
order = json.loads(ORDER)
order["total"] = round(order["total"], 2)
"""

BUILTIN_RULES = {
    "round": ROUNDING_RULE,
    "free_shipping": "order_total_threshold = 50",
}


def run_builtin(name, order):
    interp = interpreters.create()
    try:
        interpreters.run_string(interp, BUILTIN_RULES[name], shared={"ORDER": json.dumps(order)})
    finally:
        interpreters.destroy(interp)


def warm_up():
    interp = interpreters.create()
    try:
        interpreters.run_string(interp, "import json, decimal")
    finally:
        interpreters.destroy(interp)


def run_merchant_rules(merchant_id, order):
    for rule in fetch_merchant_rules(merchant_id):
        interp = interpreters.create()
        try:
            # expect: code-injection
            interpreters.run_string(interp, rule.source, shared={"ORDER": json.dumps(order)})
        except interpreters.RunFailedError:
            log.exception("merchant rule %s failed", rule.id)
        finally:
            interpreters.destroy(interp)


def consume_rule_tests():
    """Dashboard 'test this rule' button: the message carries the rule text."""
    for message in incoming_rule_tests():
        payload = json.loads(message.body)
        interp = interpreters.create()
        try:
            # expect: code-injection
            interpreters.run_string(interp, payload["source"], shared={"ORDER": json.dumps(payload["sample_order"])})
            message.ack()
        finally:
            interpreters.destroy(interp)
