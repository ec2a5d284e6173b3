"""Makes thumbnails and warms the CDN for uploaded images."""
from concurrent.futures import ThreadPoolExecutor, as_completed

import requests
from PIL import Image


def resize(path):
    with Image.open(path) as img:
        img.thumbnail((320, 320))
        img.save(path.with_suffix(".thumb.jpg"))
    return path


def warm(url):
    requests.head(url, timeout=5).raise_for_status()


def make_thumbnails(paths):
    with ThreadPoolExecutor(max_workers=8) as pool:
        # expect: unread-executor-map
        pool.map(resize, paths)


def make_thumbnails_checked(paths):
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in pool.map(resize, paths):
            pass


def warm_cdn(urls):
    with ThreadPoolExecutor(max_workers=16) as pool:
        # expect: unread-executor-map
        pool.map(warm, urls, timeout=60)
    return len(urls)


def warm_cdn_reported(urls):
    failed = []
    with ThreadPoolExecutor(max_workers=16) as pool:
        futures = {pool.submit(warm, u): u for u in urls}
        for fut in as_completed(futures):
            if fut.exception():
                failed.append(futures[fut])
    return failed


def reprocess(batches):
    with ThreadPoolExecutor() as executor:
        for batch in batches:
            # expect: unread-executor-map
            executor.map(resize, batch)
        done = [p for p in executor.map(resize, batches[-1])] if batches else []
    return done
