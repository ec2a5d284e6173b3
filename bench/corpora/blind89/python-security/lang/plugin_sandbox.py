"""Run report plugins in isolated sub-interpreters (CPython 3.12+ only)."""
import json
import logging
import textwrap
from pathlib import Path

import _xxsubinterpreters as interpreters
import _xxsubinterpreters

log = logging.getLogger(__name__)

PLUGIN_DIR = Path("/srv/reports/plugins")
BOOTSTRAP = "import sys; sys.path.insert(0, '/srv/reports/lib')"


class PluginRunner:
    def __init__(self):
        self.interp = interpreters.create()
        interpreters.run_string(self.interp, BOOTSTRAP)

    def run_file(self, name):
        source = (PLUGIN_DIR / name).read_text(encoding="utf-8")
        # expect: code-injection
        interpreters.run_string(self.interp, source)

    def run_uploaded(self, upload):
        code = upload.read().decode("utf-8")
        # expect: code-injection
        _xxsubinterpreters.run_string(self.interp, code, shared={"params": json.dumps(upload.params)})

    def run_entrypoint(self, module, func):
        script = textwrap.dedent(f"""
            import {module}
            {module}.{func}()
        """)
        run = interpreters.run_string
        # expect: code-injection
        run(self.interp, script)

    def run_expression(self, expr, params):
        # expect: code-injection
        interpreters.run_string(self.interp, "result = " + expr, shared={"params": params})

    def ping(self):
        interpreters.run_string(self.interp, "print('plugin interpreter alive')")

    def run_with_data(self, payload):
        interpreters.run_string(
            self.interp,
            "import json; data = json.loads(payload); print(len(data))",
            shared={"payload": json.dumps(payload)},
        )

    def close(self):
        interpreters.destroy(self.interp)
        log.info("destroyed plugin interpreter %s", self.interp)
