"""Client for the inventory service with retries."""
import asyncio
import random
import time
from time import sleep

import requests

DELAY = 2
BASE = "https://inventory.example.com"


def backoff(attempt):
    return min(30.0, 0.5 * 2 ** attempt) + random.random()


def reserve(sku, qty):
    resp = requests.post(f"{BASE}/reserve", json={"sku": sku, "qty": qty}, timeout=10)
    # expect: arbitrary-sleep
    time.sleep(5)
    return resp.json()


def release(sku):
    # expect: arbitrary-sleep
    sleep(0.5)
    return requests.post(f"{BASE}/release", json={"sku": sku}, timeout=10).json()


def stock(sku):
    # expect: arbitrary-sleep
    time.sleep(DELAY)
    return requests.get(f"{BASE}/stock/{sku}", timeout=10).json()


def fetch_with_retry(url, attempts=5):
    for attempt in range(attempts):
        try:
            return requests.get(url, timeout=10).json()
        except requests.RequestException:
            time.sleep(backoff(attempt))
    raise RuntimeError(f"{url} unavailable")


class Poller:
    def __init__(self, poll_interval):
        self.poll_interval = poll_interval

    async def run(self, check):
        while not await check():
            await asyncio.sleep(self.poll_interval)
