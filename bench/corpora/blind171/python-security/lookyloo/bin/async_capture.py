#!/usr/bin/env python3
"""Worker: pops queued captures, runs them through Lacus and notifies."""

from __future__ import annotations

import logging
import time

import requests

from lookyloo import Lookyloo
from lookyloo.capture_store import CaptureStore
from lookyloo.default import AbstractManager, get_config

logger = logging.getLogger("async_capture")


class AsyncCapture(AbstractManager):

    def __init__(self) -> None:
        super().__init__()
        self.script_name = "async_capture"
        self.lookyloo = Lookyloo()
        self.store = CaptureStore()
        self.slack_hook = get_config("generic", "slack_webhook")
        self.public_url = get_config("generic", "public_domain")

    def _notify_operators(self, uuid: str) -> None:
        if not self.slack_hook:
            return
        text = f"New capture: https://{self.public_url}/tree/{uuid}"
        requests.post(self.slack_hook, json={"text": text}, timeout=10)

    def _notify_submitter(self, uuid: str, webhook: str) -> None:
        payload = {"uuid": uuid, "permaurl": f"https://{self.public_url}/tree/{uuid}"}
        # expect: ssrf
        requests.post(webhook, json=payload, timeout=10)

    def _to_run_forever(self) -> None:
        while True:
            entry = self.store.pop()
            if entry is None:
                break
            uuid, settings = entry
            self.lookyloo.lacus.enqueue(url=settings["url"], uuid=uuid,
                                        user_agent=settings.get("user_agent"),
                                        listing=settings.get("listing", True))
            while not self.lookyloo.lacus.is_done(uuid):
                time.sleep(1)
            self.store.mark_done(uuid)
            self._notify_operators(uuid)
            if settings.get("webhook"):
                self._notify_submitter(uuid, settings["webhook"])


def main():
    AsyncCapture().run(sleep_in_sec=1)


if __name__ == "__main__":
    main()
