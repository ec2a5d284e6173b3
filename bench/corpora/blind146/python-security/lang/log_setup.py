"""Logging setup for the ingest daemon, with optional live reconfiguration."""
import logging
import logging.config
import os

log = logging.getLogger("ingest")

DEFAULT_CONFIG = {
    "version": 1,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"level": os.environ.get("LOG_LEVEL", "INFO"), "handlers": ["console"]},
}


def configure():
    logging.config.dictConfig(DEFAULT_CONFIG)


def configure_from_file(path):
    logging.config.fileConfig(path, disable_existing_loggers=False)


def start_live_reconfig():
    port = int(os.environ.get("LOG_CONFIG_PORT", "9030"))
    # expect: code-injection
    listener = logging.config.listen(port)
    listener.daemon = True
    listener.start()
    log.info("live logging reconfiguration on port %d", port)
    return listener


def start_default_listener():
    # expect: code-injection
    thread = logging.config.listen()
    thread.start()
    return thread


def start_debug_listener(port=9031):
    # expect: code-injection
    t = logging.config.listen(port, verify=lambda data: data)
    t.start()
    return t


def stop_live_reconfig(listener):
    logging.config.stopListening()
    listener.join(timeout=5)


if __name__ == "__main__":
    configure()
    if os.environ.get("LOG_LIVE_RECONFIG") == "1":
        start_live_reconfig()
