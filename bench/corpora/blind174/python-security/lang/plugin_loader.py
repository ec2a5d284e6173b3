"""Loads report plugins for the analytics worker."""
import importlib.util
import logging
import os
import urllib.request

log = logging.getLogger(__name__)
PLUGIN_DIR = os.path.join(os.path.dirname(__file__), "plugins")
PLUGIN_INDEX = os.environ.get("PLUGIN_INDEX_URL", "https://plugins.example.net/index")


def load_builtin(name):
    path = os.path.join(PLUGIN_DIR, f"{name}.py")
    spec = importlib.util.spec_from_file_location(f"reports.plugins.{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_remote(name):
    with urllib.request.urlopen(f"{PLUGIN_INDEX}/{name}.py", timeout=10) as resp:
        source = resp.read().decode()
    namespace = {"__name__": f"reports.remote.{name}"}
    # expect: code-injection
    exec(source, namespace)
    return namespace


def version():
    ns = {}
    with open(os.path.join(os.path.dirname(__file__), "_version.py")) as fh:
        exec(fh.read(), ns)
    return ns["__version__"]


def apply_user_transform(rows, transform_src):
    """transform_src is the 'custom transform' box of the report builder form."""
    scope = {"rows": rows}
    # expect: code-injection
    exec(compile(transform_src, "<transform>", "exec"), scope)
    return scope.get("result", rows)


def enable_readline():
    exec("import readline")


def describe(module):
    log.info("plugin %s loaded from %s", module.__name__, getattr(module, "__file__", "?"))
