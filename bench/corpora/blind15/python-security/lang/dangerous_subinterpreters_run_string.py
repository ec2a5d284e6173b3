# library: _xxsubinterpreters (CPython sub-interpreters)
import _xxsubinterpreters as interpreters

SETUP = "import json, math"


def evaluate_plugin(plugin_source: str):
    interp_id = interpreters.create()
    try:
        interpreters.run_string(interp_id, SETUP)
        # expect: code-injection
        interpreters.run_string(interp_id, plugin_source)
    finally:
        interpreters.destroy(interp_id)


def evaluate_formula(formula: str, shared: dict):
    interp_id = interpreters.create()
    try:
        # expect: code-injection
        interpreters.run_string(interp_id, f"result = {formula}", shared=shared)
    finally:
        interpreters.destroy(interp_id)


def warm_up():
    interp_id = interpreters.create()
    interpreters.run_string(interp_id, "import decimal")
    interpreters.destroy(interp_id)
