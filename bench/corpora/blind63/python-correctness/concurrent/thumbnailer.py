"""Generates thumbnails for uploaded images with a thread pool."""
import concurrent.futures
import logging
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import ThreadPoolExecutor as Pool
from concurrent.futures import as_completed
from pathlib import Path

from PIL import Image

log = logging.getLogger(__name__)
SIZES = [(64, 64), (256, 256), (1024, 1024)]


def make_thumbnails(path, out_dir):
    with Image.open(path) as img:
        for size in SIZES:
            copy = img.copy()
            copy.thumbnail(size)
            copy.save(Path(out_dir) / f"{Path(path).stem}_{size[0]}.webp", "WEBP")


def thumbnail_all(paths, out_dir, workers=8):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        # expect: unchecked-executor-map
        pool.map(make_thumbnails, paths, [out_dir] * len(paths))
    log.info("queued %d images", len(paths))


def warm_cache(urls, fetch):
    with Pool(4) as executor:
        # expect: unchecked-executor-map
        executor.map(fetch, urls)


class Reindexer:
    def __init__(self, store):
        self.store = store

    def reindex(self, ids):
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as ex:
            # expect: unchecked-executor-map
            ex.map(
                self.store.reindex_one,
                ids,
                timeout=300,
            )

    def purge(self, ids):
        with concurrent.futures.ProcessPoolExecutor() as ex:
            # expect: unchecked-executor-map
            ex.map(self.store.purge_one, ids, chunksize=50)


def thumbnail_all_checked(paths, out_dir):
    with ThreadPoolExecutor() as pool:
        for _ in pool.map(make_thumbnails, paths, [out_dir] * len(paths)):
            pass


def sizes_of(paths):
    with ThreadPoolExecutor() as pool:
        return list(pool.map(lambda p: Path(p).stat().st_size, paths))


def convert(paths, out_dir):
    with ThreadPoolExecutor() as pool:
        futures = [pool.submit(make_thumbnails, p, out_dir) for p in paths]
        for fut in as_completed(futures):
            fut.result()
