# library: logging.config (listen)
"""Runtime logging reconfiguration for long-running workers."""
import logging
import logging.config
import os

import yaml

CONFIG_PORT = 9030


def start_config_listener():
    # expect: code-injection
    listener = logging.config.listen(CONFIG_PORT)
    listener.daemon = True
    listener.start()
    return listener


def start_config_listener_on(port):
    # expect: code-injection
    thread = logging.config.listen(port=port)
    thread.start()
    return thread


def configure_from_file(path):
    with open(path) as fh:
        logging.config.dictConfig(yaml.safe_load(fh))


def configure_level():
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))


def stop_listener(listener):
    logging.config.stopListening()
    listener.join()
