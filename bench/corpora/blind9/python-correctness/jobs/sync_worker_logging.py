# library: logging (stdlib) in a sync worker
"""Pulls orders from the marketplace and upserts them."""
import logging

import requests

log = logging.getLogger(__name__)


def fetch_page(session, url):
    try:
        r = session.get(url, timeout=10)
        r.raise_for_status()
        return r.json()
    except requests.HTTPError:
        log.exception("marketplace returned an error for %s", url)
        raise


def upsert_all(repo, orders):
    for order in orders:
        try:
            repo.upsert(order)
        except Exception as e:
            # expect: swallowed-exception
            logging.error(e)


def sync_customer(repo, customer):
    try:
        repo.save_customer(customer)
    except Exception as exc:
        # expect: swallowed-exception
        log.error("could not save customer: %s", exc)
        return None


def close_quietly(session):
    try:
        session.close()
    except OSError:
        log.debug("close failed", exc_info=True)


def sync_refund(repo, refund):
    try:
        repo.save_refund(refund)
    except Exception:
        log.error("refund %s failed", refund["id"], exc_info=True)
        raise


def sync_inventory(repo, items):
    try:
        repo.bulk_update(items)
    except Exception as err:
        # expect: swallowed-exception
        logging.error("inventory update failed: " + str(err))
