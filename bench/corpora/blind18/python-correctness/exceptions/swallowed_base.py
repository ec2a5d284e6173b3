"""Plugin loader for the desktop client."""
import importlib
import logging

log = logging.getLogger(__name__)
PLUGINS = ["spellcheck", "themes", "sync"]


class PluginHost:
    def __init__(self):
        self.loaded = {}

    def load_all(self):
        for name in PLUGINS:
            try:
                self.loaded[name] = importlib.import_module(f"client.plugins.{name}")
            # expect: swallowed-exception
            except BaseException:
                pass

    def shutdown(self):
        for name, mod in self.loaded.items():
            try:
                mod.shutdown()
            # expect: swallowed-exception
            except Exception as exc:
                pass

    def reload(self, name):
        try:
            self.loaded[name] = importlib.reload(self.loaded[name])
        except KeyError:
            log.info("plugin %s not loaded", name)
        # safe: logged with traceback
        except Exception:
            log.exception("reload of %s failed", name)

    def call(self, name, hook, *args):
        try:
            return getattr(self.loaded[name], hook)(*args)
        # safe: specific, re-raised with context
        except AttributeError as exc:
            raise RuntimeError(f"{name} has no hook {hook}") from exc

    def optional(self, name):
        try:
            return importlib.import_module(f"client.optional.{name}")
        # safe: narrow exception, documented fallback
        except ImportError:
            return None
