"""Background sync jobs: error handling around external calls."""
import json
import logging

import requests

log = logging.getLogger("sync")


def fetch_profile(user_id: int) -> dict | None:
    try:
        resp = requests.get(f"https://profiles.internal/users/{user_id}", timeout=5)
        resp.raise_for_status()
        return resp.json()
    except requests.Timeout:
        log.warning("profile service timed out for %s", user_id)
        return None


def charge(order) -> None:
    try:
        order.payment.capture()
        order.mark_paid()
    # expect: swallowed-exception
    except Exception as e:
        print(e)


def charge_logged(order) -> None:
    try:
        order.payment.capture()
        order.mark_paid()
    except Exception:
        log.exception("capture failed for order %s", order.id)
        raise


def push_event(event: dict) -> None:
    try:
        requests.post("https://events.internal/ingest", json=event, timeout=5).raise_for_status()
    # expect: swallowed-exception
    except Exception as exc:
        logging.error("push failed: %s", exc)


def load_state(path: str) -> dict:
    try:
        with open(path) as fh:
            return json.load(fh)
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError as exc:
        log.error("corrupt state file %s: %s", path, exc)
        raise


def save_state(path: str, state: dict) -> None:
    try:
        with open(path, "w") as fh:
            json.dump(state, fh)
    # expect: swallowed-exception
    except Exception:
        pass


def worker_loop(queue) -> None:
    while True:
        job = queue.get()
        try:
            job.run()
        except Exception:
            log.exception("job %s failed; continuing", job.id)
            job.mark_failed()


def close_quietly(conn) -> None:
    try:
        conn.close()
    except OSError:
        pass


def refresh_cache(cache, keys) -> None:
    for key in keys:
        try:
            cache.refresh(key)
        # expect: swallowed-exception
        except BaseException:
            continue
