"""Runtime logging control for long-running workers."""
import logging
import logging.config
import os
from logging import config as logconfig

from .signing import verify_signed_config

log = logging.getLogger(__name__)

LOG_PORT = int(os.environ.get("LOG_CONFIG_PORT", "9030"))


def start_config_listener():
    # expect: code-injection
    listener = logging.config.listen(LOG_PORT)
    listener.daemon = True
    listener.start()
    return listener


class Worker:
    def __init__(self, name):
        self.name = name
        self.listener = None

    def enable_live_logging(self):
        # expect: code-injection
        self.listener = logconfig.listen(port=LOG_PORT + 1)
        self.listener.start()

    def disable_live_logging(self):
        logging.config.stopListening()
        if self.listener is not None:
            self.listener.join()


def default_listener():
    # expect: code-injection
    thread = logging.config.listen()
    thread.start()
    return thread


def signed_listener():
    thread = logging.config.listen(LOG_PORT, verify=verify_signed_config)
    thread.start()
    return thread


def configure(settings):
    logging.config.dictConfig(settings["LOGGING"])
    log.info("logging configured")
