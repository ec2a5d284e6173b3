"""Runs report plugins uploaded through the admin panel in sub-interpreters (CPython 3.12 private API)."""
import json

import _xxsubinterpreters as interpreters
import _xxsubinterpreters

BOOTSTRAP = "import sys; sys.path.insert(0, '/opt/reports/lib')"


class PluginHost:
    def __init__(self):
        self.interp_id = interpreters.create()
        interpreters.run_string(self.interp_id, BOOTSTRAP)

    def install_upload(self, upload):
        """`upload` is the plugin file an admin-panel user posted."""
        source = upload.read().decode("utf-8")
        # expect: code-injection
        interpreters.run_string(self.interp_id, source)

    def call(self, func, args):
        call_src = "result = {}(*{})".format(func, json.dumps(args))
        # expect: code-injection
        _xxsubinterpreters.run_string(self.interp_id, call_src)

    def close(self):
        interpreters.destroy(self.interp_id)


def run_user_snippet(snippet, shared=None):
    interp = _xxsubinterpreters.create()
    try:
        # expect: code-injection
        _xxsubinterpreters.run_string(interp, "import math\n" + snippet, shared=shared)
    finally:
        _xxsubinterpreters.destroy(interp)


def run_template(interp, table):
    # expect: code-injection
    interpreters.run_string(interp, f"rows = load_table({table!s})")


def healthcheck():
    interp = interpreters.create()
    try:
        interpreters.run_string(interp, "import sys; assert sys.version_info >= (3, 12)")
    finally:
        interpreters.destroy(interp)
