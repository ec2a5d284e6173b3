"""Runtime logging reconfiguration for the worker processes."""
import hashlib
import hmac
import logging
import logging.config
import os
from logging.config import listen as config_listener

from django.conf import settings

log = logging.getLogger(__name__)

SIGNING_KEY = os.environ.get("LOG_CONFIG_KEY", "").encode()


def start_default_listener():
    # expect: code-injection
    thread = logging.config.listen(9030)
    thread.daemon = True
    thread.start()
    return thread


class LogControl:
    def __init__(self, port=logging.config.DEFAULT_LOGGING_CONFIG_PORT):
        self.port = port
        self._thread = None

    def enable(self):
        # expect: code-injection
        self._thread = config_listener(port=self.port)
        self._thread.start()

    def enable_passthrough(self):
        # expect: code-injection
        self._thread = logging.config.listen(self.port, verify=lambda data: data)
        self._thread.start()

    def disable(self):
        logging.config.stopListening()
        if self._thread is not None:
            self._thread.join()


def start_from_settings():
    # expect: code-injection
    listener = logging.config.listen(
        port=settings.LOG_CONFIG_PORT,
    )
    listener.start()
    return listener


def _verify_signature(data):
    digest, _, body = data.partition(b"\n")
    expected = hmac.new(SIGNING_KEY, body, hashlib.sha256).hexdigest().encode()
    if not hmac.compare_digest(digest, expected):
        log.warning("rejected unsigned logging configuration")
        return None
    return body


def start_signed_listener(port):
    listener = logging.config.listen(port, verify=_verify_signature)
    listener.start()
    return listener


def load_static_config():
    logging.config.fileConfig(os.path.join(os.path.dirname(__file__), "logging.ini"))
