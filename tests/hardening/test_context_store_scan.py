"""The text scan for context-store writes stays linear in a file's length: its NestJS
`createParamDecorator` shape could start inside a name, so a long run of word characters (an
inline source map's base64, minified code) cost the square of its length: parse-server 9.10's
PostgresStorageAdapter.js took over a minute in this scan, and a check of any file beside it
(lib/Config.js) ran out of time and was skipped.

Times are CPU seconds of this thread, compared between sizes with a generous ratio (linear 8×,
quadratic 64×), never against a clock."""

from __future__ import annotations

import time

import pytest

from postil.analyzers.rules.taint_context_stores import _text_of
from tests.cpu_ratio import least_of_alternate_runs

pytestmark = pytest.mark.slow  # the hardening suite: hostile inputs


def test_the_context_store_scan_is_linear_in_a_long_run_of_word_characters():
    def cpu(size: int) -> float:
        text = "//# sourceMappingURL=data:application/json;base64," + "eyJ2" * (size // 4)
        started = time.thread_time()
        found = _text_of(text, "js")
        assert not found.written and not found.defined
        return time.thread_time() - started

    small, large = least_of_alternate_runs(cpu, 2_000, 16_000)
    assert large / max(small, 1e-4) < 24, (small, large)


def test_a_param_decorator_is_still_read_as_a_store_write():
    found = _text_of("export const CurrentUser = createParamDecorator((data, ctx) => ctx.switchToHttp().getRequest().user);\n"
                     "exports.Tenant = createParamDecorator(pick);\n", "js")
    assert {store for store, _ in found.written} == {"CurrentUser", "Tenant"}
