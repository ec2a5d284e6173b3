"""Aggregations for the weekly support report."""
import collections
import itertools
import logging
from collections import Counter, defaultdict

log = logging.getLogger(__name__)


def tickets_by_agent(tickets):
    # expect: manual-defaultdict
    by_agent = {}
    for t in tickets:
        if t.agent not in by_agent:
            by_agent[t.agent] = []
        by_agent[t.agent].append(t)
    return by_agent


def count_tags(tickets):
    # expect: manual-defaultdict
    counts = {}
    for t in tickets:
        for tag in t.tags:
            if tag not in counts:
                counts[tag] = 0
            counts[tag] += 1
    return counts


def minutes_by_queue(tickets):
    # expect: manual-defaultdict
    totals = {}
    for t in tickets:
        if t.queue not in totals:
            totals[t.queue] = 0
        totals[t.queue] += t.minutes
    return totals


def tickets_by_agent_dd(tickets):
    by_agent = defaultdict(list)
    for t in tickets:
        by_agent[t.agent].append(t)
    return dict(by_agent)


def count_tags_counter(tickets):
    return Counter(tag for t in tickets for tag in t.tags)


def tickets_by_day(tickets):
    ordered = sorted(tickets, key=lambda t: t.opened_on)
    return {day: list(group) for day, group in itertools.groupby(ordered, key=lambda t: t.opened_on)}


def latest_by_customer(tickets):
    latest = {}
    for t in sorted(tickets, key=lambda t: t.opened_at):
        latest[t.customer] = t
    return latest


def priority_mix(tickets):
    mix = collections.Counter(t.priority for t in tickets)
    log.info("priority mix %s", dict(mix))
    return mix
