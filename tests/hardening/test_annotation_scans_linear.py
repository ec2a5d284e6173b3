"""The scans for a name bound to a lambda (Python units) and to a Mongoose model (JS) stay linear
in a line's length: their optional annotation `:[^=\n]*` started at every name followed by a colon
and ran on to the line's end, so one long line of `key:value` pairs (a generated dict, a minified
object literal) cost the square of its length (16,000 characters ~0.5 s, a 200 KB line over a
minute).

Times are CPU seconds of this thread, compared between sizes with a generous ratio (linear 8×,
quadratic 64×), never against a clock."""

from __future__ import annotations

import time

import pytest
from ast_grep_py import SgRoot

from postil.analyzers.rules.taint_model_statics import model_statics
from postil.analyzers.rules.unit_depends import unit_traits
from tests.cpu_ratio import least_of_alternate_runs

pytestmark = pytest.mark.slow  # the hardening suite: hostile inputs


def _pairs(size: int) -> str:
    return "{" + "ab:1," * (size // 5) + "}"


def test_the_lambda_scan_is_linear_in_a_long_line_of_pairs():
    def cpu(size: int) -> float:
        text = f"square = lambda x: x * x\nTABLE = {_pairs(size)}\n"
        node = SgRoot(text, "python").root()
        started = time.thread_time()
        assert "square" in unit_traits(node, text).names
        return time.thread_time() - started

    small, large = least_of_alternate_runs(cpu, 2_000, 16_000)
    assert large / max(small, 1e-4) < 24, (small, large)


def test_the_model_scan_is_linear_in_a_long_line_of_pairs():
    def cpu(size: int) -> float:
        root = SgRoot(f"schema.statics.byOwner = function (id) {{ return this.find({{ id }}); }};\n"
                      f"const defaults = {_pairs(size)};\n", "javascript").root()
        started = time.thread_time()
        assert model_statics(root, {}) == {}
        return time.thread_time() - started

    small, large = least_of_alternate_runs(cpu, 2_000, 16_000)
    assert large / max(small, 1e-4) < 24, (small, large)


def test_annotated_names_are_still_read():
    text = "handler: Callable[[int], int] = lambda x: x\n"
    assert "handler" in unit_traits(SgRoot(text, "python").root(), text).names
    root = SgRoot("const taskSchema = new Schema({});\n"
                  "taskSchema.statics.byOwner = function (id) { return this.find({ owner: id }); };\n"
                  "export const Task: Model<ITask> = mongoose.model('Task', taskSchema);\n", "javascript").root()
    function = root.find(kind="function_expression")
    assert list(model_statics(root, {"byOwner": function})) == ["Task.byOwner"]
