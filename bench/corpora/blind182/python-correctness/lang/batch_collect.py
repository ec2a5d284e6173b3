"""Collect records into batches before they are written to the warehouse."""
import logging

log = logging.getLogger(__name__)

BATCH_SIZE = 500


def add_record(record, batch=[]):
    # expect: mutable-default
    batch.append(record)
    return batch


def add_many(records, into=[]):
    into = list(into)
    into.extend(records)
    return into


def queue_retry(record, retry_queue=[]):
    # expect: mutable-default
    retry_queue.insert(0, record)
    return retry_queue


def with_defaults(columns, required=["id", "created_at"]):
    return required + [c for c in columns if c not in required]


def chunk(records, size=BATCH_SIZE, out=None):
    out = [] if out is None else out
    for start in range(0, len(records), size):
        out.append(records[start:start + size])
    return out


def extend_audit(entries, audit=[]):
    audit = audit[:]
    audit.extend(entries)
    return audit


def flush(batch, writer):
    if not batch:
        return 0
    writer.write_rows(batch)
    log.info("flushed %d records", len(batch))
    return len(batch)
