"""Attributes of instances of the file's own classes are followed one by one only where the
class and the name are plain (issue 31, item 4): a property, a base class, a method setting
attributes or an attribute the constructor does not set make the object one value, so the
flow through it is still reported."""

from __future__ import annotations

import pytest

from postil.analyzers.checker import Checker
from postil.config import load_config

VIEW = '''import os

from flask import request


{cls}


def view():
    h = Holder(request.args.get("x"))
{use}
    return open(h.fixed).read()
'''


def _reported(tmp_path, cls: str, use: str = "") -> list[str]:
    """The lines of the sinks the path-traversal rule reports in the view of ``cls`` and ``use``."""
    path = tmp_path / "view.py"
    text = VIEW.format(cls=cls, use=use)
    path.write_text(text)
    report = Checker(load_config(path)).check_file(path)
    lines = text.splitlines()
    return [lines[f.sink_span.start_line].strip() for f in report.findings if f.rule == "python/security/tainted-path"]


PLAIN = "class Holder:\n    def __init__(self, value):\n        self.value = value\n        self.fixed = 'a.txt'\n"


def test_a_constant_attribute_of_a_plain_class_is_clean(tmp_path):
    assert _reported(tmp_path, PLAIN) == []


@pytest.mark.parametrize("cls, use", [
    ("class Holder:\n    fixed = property(lambda self: self.value)\n\n    def __init__(self, value):\n        self.value = value\n", ""),
    ("class Holder(Base):\n    def __init__(self, value):\n        self.value = value\n        self.fixed = 'a.txt'\n", ""),
    ("class Holder:\n    def __init__(self, value):\n        self.value = value\n        self.fixed = value.strip()\n", ""),
    (PLAIN + "\n    def swap(self):\n        self.fixed = self.value\n", "    h.swap()"),
    (PLAIN, "    h.fixed.upper()\n    swap(h)"),
], ids=["property", "base class", "computed attribute", "method call", "passed elsewhere"])
def test_an_object_not_plain_enough_is_one_value(tmp_path, cls, use):
    assert _reported(tmp_path, cls, use) == ["return open(h.fixed).read()"]
