"""Polls the job queue and the status endpoint."""
import logging
import time

import requests

log = logging.getLogger(__name__)


def wait_for_job(job_id, session):
    while True:
        try:
            resp = session.get(f"https://jobs.internal.example/jobs/{job_id}", timeout=5)
            resp.raise_for_status()
            state = resp.json()["state"]
        except requests.RequestException:
            log.warning("status poll failed for %s", job_id)
            state = "unknown"
        finally:
            time.sleep(2)
            # expect: break-in-finally
            break
    return state


def drain(queue):
    items = []
    for _ in range(100):
        try:
            items.append(queue.get_nowait())
        except KeyError as exc:
            log.error("bad item: %s", exc)
        finally:
            if queue.empty():
                # expect: break-in-finally
                break
    return items


def read_chunks(stream, handle):
    while chunk := stream.read(4096):
        try:
            handle(chunk)
        except ValueError:
            raise
        finally:
            if stream.closed:
                # expect: break-in-finally
                break


def retry(fn, attempts=3):
    for i in range(attempts):
        try:
            return fn()
        except requests.RequestException:
            log.info("attempt %d failed", i + 1)
        finally:
            log.debug("attempt %d done", i + 1)
    raise RuntimeError("gave up")


def first_ok(urls, session):
    for url in urls:
        try:
            resp = session.get(url, timeout=3)
        except requests.RequestException:
            continue
        if resp.ok:
            break
    else:
        return None
    return url
