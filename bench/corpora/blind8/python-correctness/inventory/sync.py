# library: standard library / requests
"""Synchronises stock counts with the warehouse."""
import json
import logging
import os

import requests

log = logging.getLogger(__name__)


def read_state(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    except FileNotFoundError:
        return {}


def read_state_loose(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    # expect: bare-except
    except:
        return {}


def push(counts):
    for sku, qty in counts.items():
        try:
            requests.put(f"https://wms.example.com/stock/{sku}", json={"qty": qty}, timeout=5)
        # expect: swallowed-exception
        except Exception:
            pass


def remove_lock(path):
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def parse_counts(lines):
    counts = {}
    for line in lines:
        sku, _, qty = line.partition(",")
        try:
            counts[sku] = int(qty)
        except ValueError:
            log.warning("bad quantity for %s: %r", sku, qty)
    return counts


def run(path, fetch):
    try:
        counts = parse_counts(fetch())
    # expect: swallowed-exception
    except BaseException:
        return
    push(counts)
    return len(counts)
