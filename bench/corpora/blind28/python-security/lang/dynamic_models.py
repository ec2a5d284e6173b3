"""Builds record classes from the admin-editable schema table."""
import typing
from dataclasses import dataclass, make_dataclass


def build_record(name, schema_rows):
    ns = type(name, (), {"__annotations__": {}})
    for row in schema_rows:
        # expect: code-injection
        ns.__annotations__[row["field"]] = row["type"]
    return dataclass(ns)


def annotate_handler(func, spec):
    # expect: code-injection
    func.__annotations__["return"] = spec.get("returns")
    for arg, hint in spec.get("args", {}).items():
        # expect: code-injection
        func.__annotations__[arg] = hint
    return typing.get_type_hints(func)


class Form:
    pass


def add_field(form_cls, field_name, type_expr):
    hint = type_expr.strip()
    # expect: code-injection
    form_cls.__annotations__[field_name] = hint
    return typing.get_type_hints(form_cls)


def add_static_fields(cls):
    cls.__annotations__["id"] = int
    cls.__annotations__["label"] = "str"
    cls.__annotations__["parent"] = typing.Optional[int]
    return typing.get_type_hints(cls)


Point = make_dataclass("Point", [("x", float), ("y", float)])
