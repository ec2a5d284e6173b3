"""Process bootstrap: logging setup and the optional live-reconfiguration listener."""
import logging
import logging.config
import logging.config as logconf
import os
import threading
from logging.config import listen as config_listener

LOG_CONFIG_PORT = int(os.environ.get("LOG_CONFIG_PORT", "9030"))

BASE_CONFIG = {
    "version": 1,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"level": "INFO", "handlers": ["console"]},
}


def configure_logging():
    logging.config.dictConfig(BASE_CONFIG)


def start_reconfig_listener():
    # expect: code-injection
    thread = logging.config.listen(LOG_CONFIG_PORT)
    thread.daemon = True
    thread.start()
    return thread


def start_on_default_port():
    # expect: code-injection
    t = config_listener()
    t.start()
    return t


class LogControl:
    def __init__(self, port=9031):
        self.port = port
        self._thread = None

    def enable_remote(self):
        # expect: code-injection
        self._thread = logconf.listen(self.port)
        self._thread.start()

    def disable_remote(self):
        logging.config.stopListening()
        if self._thread is not None:
            self._thread.join(5)


def reload_from_file(path):
    logging.config.fileConfig(path, disable_existing_loggers=False)


def main():
    configure_logging()
    if os.environ.get("LOG_REMOTE_CONFIG") == "1":
        # expect: code-injection
        threading.Thread(target=logconf.listen(port=LOG_CONFIG_PORT).start, daemon=True).start()
