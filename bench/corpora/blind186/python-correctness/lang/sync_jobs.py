"""Synchronises customer records from the CRM into the local database."""
import functools
import logging
import random
import time

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


def retrying(attempts: int = MAX_ATTEMPTS):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except ConnectionError:
                    if attempt == attempts:
                        raise
                    time.sleep(min(2 ** attempt, 30) + random.random())
        return wrapper
    return decorator


def sync_customers(crm, store, since):
    # expect: unused-inner-function
    def backoff(attempt):
        return min(2 ** attempt, 60) + random.random()

    page = 1
    failures = 0
    while True:
        try:
            batch = crm.customers(updated_since=since, page=page)
        except ConnectionError:
            failures += 1
            if failures >= MAX_ATTEMPTS:
                raise
            time.sleep(1)
            continue
        if not batch:
            break
        store.upsert_many(batch)
        page += 1
    return page - 1


def sync_invoices(crm, store, since):
    def normalise(invoice):
        invoice["total"] = round(float(invoice["total"]), 2)
        return invoice

    invoices = [normalise(i) for i in crm.invoices(updated_since=since)]
    store.upsert_many(invoices)
    return len(invoices)


def sync_contacts(crm, store, since):
    def on_conflict(existing, incoming):
        return incoming if incoming["updated"] > existing["updated"] else existing

    return store.merge(crm.contacts(updated_since=since), resolve=on_conflict)


def sync_notes(crm, store, since):
    # expect: unused-inner-function
    def strip_html(note):
        return note.replace("<br>", "\n")

    notes = crm.notes(updated_since=since)
    store.upsert_many(notes)
    log.info("synced %d notes", len(notes))
    return len(notes)


@retrying()
def sync_owners(crm, store):
    owners = crm.owners()
    store.replace_owners(owners)
    return len(owners)
