"""Hook points the plugin host calls; plugins override what they need."""
from abc import ABC, abstractmethod


# expect: pass-body
def on_startup(app):
    pass


# expect: pass-body
def on_shutdown(app, reason=None):
    pass


def on_reload(app):
    """Called after the configuration is re-read; nothing to do by default."""
    raise NotImplementedError("plugins must implement on_reload")


class Plugin(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def handle(self, event):
        pass

    def teardown(self):
        pass


def warm_caches(app, loaders):
    for loader in loaders:
        loader.prime(app)


def drain(events):
    # expect: pass-body
    for _ in events:
        pass
    return len(events)
