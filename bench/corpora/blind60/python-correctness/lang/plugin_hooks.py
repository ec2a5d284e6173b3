"""Hook points for the import pipeline; plugins replace the ones they need."""
import logging
from typing import Iterable, Protocol

log = logging.getLogger(__name__)


# expect: empty-body
def on_start(config):
    pass


# expect: empty-body
def on_record(record):
    pass


def on_finish(stats):
    """Called once after the last batch; plugins override it."""


class Plugin(Protocol):
    def handle(self, record) -> None:
        ...


class BasePlugin:
    def setup(self, config):
        pass

    def teardown(self):
        pass


class PipelineError(Exception):
    pass


def drain(batches: Iterable) -> None:
    # expect: empty-body
    for _batch in batches:
        pass


def make_filter(kind: str):
    # expect: empty-body
    def reject(record):
        pass

    def keep(record):
        return record

    return keep if kind == "all" else reject


# expect: empty-body
async def on_flush(buffer):
    pass


def run(records, hooks=None):
    hooks = hooks or {}
    on_start(hooks.get("config"))
    count = 0
    for record in records:
        on_record(record)
        count += 1
    on_finish({"count": count})
    log.info("processed %d records", count)
    return count
