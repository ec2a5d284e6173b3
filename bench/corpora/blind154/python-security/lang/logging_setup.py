"""Logging setup for the ingest daemons."""
import logging
import logging.config
import os

log = logging.getLogger(__name__)

BASE_CONFIG = {
    "version": 1,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"level": "INFO", "handlers": ["console"]},
}

_listener = None


def configure():
    logging.config.dictConfig(BASE_CONFIG)


def configure_from_file(path):
    logging.config.fileConfig(path, disable_existing_loggers=False)


def start_runtime_reconfig():
    global _listener
    if os.environ.get("LOG_RECONFIG") != "1":
        return None
    # expect: code-injection
    _listener = logging.config.listen(int(os.environ.get("LOG_RECONFIG_PORT", "9030")))
    _listener.daemon = True
    _listener.start()
    return _listener


def start_default_listener():
    # expect: code-injection
    thread = logging.config.listen()
    thread.start()
    return thread


def start_checked_listener(port):
    def accept_all(data):
        return data

    # expect: code-injection
    thread = logging.config.listen(port, verify=accept_all)
    thread.start()
    log.info("log config listener on %d", port)
    return thread


def stop():
    if _listener is not None:
        logging.config.stopListening()
        _listener.join(timeout=5)
