"""Warms the thumbnail cache before the morning traffic peak."""
import concurrent.futures
import logging
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import ThreadPoolExecutor as Pool

log = logging.getLogger(__name__)


def warm(url: str) -> None:
    ...


def warm_all(urls):
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as executor:
        # expect: unchecked-executor-result
        executor.map(warm, urls)


def warm_all_checked(urls):
    with ThreadPoolExecutor(max_workers=8) as executor:
        for _ in executor.map(warm, urls):
            pass


def warm_and_count(urls):
    with ThreadPoolExecutor(max_workers=8) as executor:
        results = list(executor.map(warm, urls))
    return len(results)


class CacheWarmer:
    def __init__(self, cdn, keys):
        self.cdn = cdn
        self.keys = keys

    def _warm_key(self, key):
        self.cdn.fetch(key)

    def run(self):
        with Pool(max_workers=4) as pool:
            # expect: unchecked-executor-result
            pool.map(self._warm_key, self.keys)
            log.info("queued %d keys", len(self.keys))

    def run_regions(self, regions):
        with Pool(4) as pool:
            for region in regions:
                # expect: unchecked-executor-result
                pool.map(
                    lambda key, r=region: self.cdn.fetch(key, region=r),
                    self.keys,
                )

    def purge(self, paths):
        with ThreadPoolExecutor() as pool:
            # expect: unchecked-executor-result
            pool.submit(self.cdn.purge, paths)

    def purge_checked(self, paths):
        with ThreadPoolExecutor() as pool:
            future = pool.submit(self.cdn.purge, paths)
        return future.result()
