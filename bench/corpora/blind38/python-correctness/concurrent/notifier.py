"""Sends notifications in parallel."""
import concurrent.futures
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import ThreadPoolExecutor as Pool

from .channels import push_to_device, resize_image, send_email, send_sms


def notify_all(recipients):
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as executor:
        # expect: unchecked-executor-map
        executor.map(send_email, recipients)


def text_all(numbers, body):
    with Pool(max_workers=4) as pool:
        # expect: unchecked-executor-map
        pool.map(send_sms, numbers, [body] * len(numbers))


class PushService:
    def __init__(self, workers=16):
        self.workers = workers

    def broadcast(self, devices, payload):
        with Pool(self.workers) as pool:
            # expect: unchecked-executor-map
            pool.map(lambda device: push_to_device(device, payload), devices, timeout=60)


def make_thumbnails(paths):
    with ProcessPoolExecutor() as executor:
        # expect: unchecked-executor-map
        executor.map(resize_image, paths, chunksize=16)


def notify_all_fixed(recipients):
    with Pool(max_workers=8) as pool:
        for _ in pool.map(send_email, recipients):
            continue


def text_all_fixed(numbers, body):
    with Pool(max_workers=4) as pool:
        results = pool.map(send_sms, numbers, [body] * len(numbers))
        return [status for status in results]


def push_statuses(devices, payload):
    with Pool(8) as pool:
        return list(pool.map(lambda d: push_to_device(d, payload), devices))
