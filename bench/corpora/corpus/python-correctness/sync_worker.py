"""Background worker that syncs contacts from the CRM."""
import contextlib
import json
import logging
import os
import time

import requests

log = logging.getLogger("sync")
STATE_FILE = os.path.expanduser("~/.cache/crm_sync.json")


def load_state() -> dict:
    try:
        with open(STATE_FILE) as fh:
            return json.load(fh)
    except FileNotFoundError:
        return {}


def save_state(state: dict) -> None:
    tmp = STATE_FILE + ".tmp"
    with open(tmp, "w") as fh:
        json.dump(state, fh)
    os.replace(tmp, STATE_FILE)


def remove_lock(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)


def fetch_page(cursor: str) -> dict:
    r = requests.get("https://crm.example.com/api/contacts", params={"cursor": cursor}, timeout=10)
    r.raise_for_status()
    return r.json()


def push_contact(contact: dict) -> None:
    try:
        requests.post("https://mail.example.com/api/contacts", json=contact, timeout=10).raise_for_status()
    # expect: swallowed-exception
    except Exception:
        pass


def push_contact_logged(contact: dict) -> None:
    try:
        requests.post("https://mail.example.com/api/contacts", json=contact, timeout=10).raise_for_status()
    except requests.RequestException:
        log.exception("push failed for %s", contact.get("id"))


def run_once() -> int:
    state = load_state()
    cursor = state.get("cursor", "")
    count = 0
    while True:
        try:
            page = fetch_page(cursor)
        # expect: swallowed-exception
        except requests.RequestException:
            continue
        for c in page["items"]:
            push_contact(c)
            count += 1
        cursor = page.get("next")
        if not cursor:
            break
    save_state({"cursor": cursor})
    return count


def run_forever(interval: int = 300) -> None:
    while True:
        try:
            run_once()
        except KeyboardInterrupt:
            raise
        except Exception:
            log.exception("sync run failed")
        time.sleep(interval)


def close_quietly(conn) -> None:
    try:
        conn.close()
    # expect: bare-except
    except:
        log.debug("close failed")


def parse_updated(value):
    try:
        return time.strptime(value, "%Y-%m-%dT%H:%M:%S")
    # expect: swallowed-exception
    except Exception as exc:
        pass
    return None


def cleanup(paths: list[str]) -> None:
    for p in paths:
        try:
            os.remove(p)
        except OSError as exc:
            log.warning("could not remove %s: %s", p, exc)


def retry(fn, attempts: int = 3):
    for i in range(attempts):
        try:
            return fn()
        except requests.RequestException:
            if i == attempts - 1:
                raise
            time.sleep(2 ** i)
    raise RuntimeError("unreachable")
