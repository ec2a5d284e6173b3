import json
import logging

log = logging.getLogger(__name__)


def load_state(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    # expect: bare-except
    except:
        return {}


def push(client, items):
    for item in items:
        try:
            client.send(item)
        except Exception:
            # expect: swallowed-exception
            pass


def push_logged(client, items):
    for item in items:
        try:
            client.send(item)
        except ConnectionError:
            log.warning("send failed for %s", item, exc_info=True)


def load_optional(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    except FileNotFoundError:
        return {}
