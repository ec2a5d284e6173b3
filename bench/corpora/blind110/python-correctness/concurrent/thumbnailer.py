"""Thumbnail generation for uploaded photo batches."""
import concurrent.futures
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from concurrent.futures.thread import ThreadPoolExecutor as TPE

from .images import make_thumbnail, upload_thumbnail

log = logging.getLogger(__name__)


def thumbnail_batch(paths):
    with ThreadPoolExecutor(max_workers=8) as executor:
        # expect: swallowed-exception
        executor.map(make_thumbnail, paths)
    log.info("thumbnailed %d photos", len(paths))


def upload_batch(thumbs):
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        # expect: swallowed-exception
        pool.map(upload_thumbnail, thumbs, timeout=120)


class Reprocessor:
    def __init__(self, store):
        self.store = store

    def run(self, ids):
        with TPE(max_workers=2) as ex:
            # expect: swallowed-exception
            ex.map(self.store.reprocess, ids)
        return len(ids)


def thumbnail_checked(paths):
    with ThreadPoolExecutor(max_workers=8) as executor:
        for _ in executor.map(make_thumbnail, paths):
            pass


def thumbnail_results(paths):
    with ThreadPoolExecutor(max_workers=8) as executor:
        results = executor.map(make_thumbnail, paths)
        return [r for r in results]


def upload_with_futures(thumbs):
    with ThreadPoolExecutor() as pool:
        futures = [pool.submit(upload_thumbnail, t) for t in thumbs]
        for fut in as_completed(futures):
            fut.result()
