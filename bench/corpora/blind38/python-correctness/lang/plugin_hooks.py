"""Hook points the plugins can override."""
import abc
import csv
import signal

from flask import Flask

app = Flask(__name__)


# expect: pass-body
def on_startup(config):
    pass


# expect: pass-body
def ignore_hangup(signum, frame):
    pass


signal.signal(signal.SIGHUP, ignore_hangup)


@app.before_request
# expect: pass-body
def load_plugins():
    pass


def count_rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        # expect: pass-body
        for _row in reader:
            pass
        return reader.line_num


class Plugin(abc.ABC):
    def __init__(self, name):
        self.name = name

    @abc.abstractmethod
    def activate(self, app_config):
        raise NotImplementedError


def on_shutdown(config):
    """Called before the process exits; plugins override it."""
    raise NotImplementedError("plugins must override on_shutdown")


def drain(iterator):
    for _item in iterator:
        continue
