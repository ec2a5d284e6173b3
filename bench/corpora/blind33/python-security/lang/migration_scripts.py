"""Runs the data-fix snippets an operator uploads through the admin console."""
import textwrap
from pathlib import Path

from .storage import fetch_snippet, SNIPPET_DIR


def run_fix(snippet_id, context):
    source = fetch_snippet(snippet_id)
    namespace = {"ctx": context}
    # expect: code-injection
    exec(textwrap.dedent(source), namespace)
    return namespace.get("result")


def run_file(name):
    path = SNIPPET_DIR / name
    # expect: code-injection
    exec(path.read_text(), {"__name__": "__fix__"})


class HookRunner:
    def __init__(self, hooks):
        self.hooks = hooks

    def fire(self, event, payload):
        for hook in self.hooks.get(event, []):
            code = compile(hook.body, f"<hook {hook.id}>", "exec")
            # expect: code-injection
            exec(code, {"payload": payload})


def load_settings_py(path: Path):
    settings = {}
    with open(path) as fh:
        # expect: code-injection
        exec(fh.read(), settings)
    return settings


def enable_history():
    exec("import readline")


def show_dialog(dialog):
    return dialog.exec()


def submit_all(executor, jobs):
    return [executor.submit(job.run) for job in jobs]
