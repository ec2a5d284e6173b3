"""Builds typed record classes from the form schemas tenants define in the admin UI."""
import dataclasses
import typing
from datetime import date, datetime
from decimal import Decimal

TYPE_MAP = {
    "text": str,
    "number": Decimal,
    "integer": int,
    "date": date,
    "datetime": datetime,
    "flag": bool,
}


class RecordBase:
    id: int
    created: datetime


def build_record_class(schema):
    """schema: {"name": ..., "fields": [{"name": ..., "type": ...}, ...]} from the tenant's form builder."""
    cls = type(schema["name"], (RecordBase,), {"__annotations__": {}})
    for field in schema["fields"]:
        cls.__annotations__[field["name"]] = TYPE_MAP[field["type"]]
    cls.__annotations__["notes"] = typing.Optional[str]
    cls.__annotations__["tags"] = "list[str]"
    return dataclasses.dataclass(cls)


def build_record_class_v2(schema):
    """v2 lets power users type any annotation, e.g. 'list[Decimal]'."""
    cls = type(schema["name"], (RecordBase,), {"__annotations__": {}})
    for field in schema["fields"]:
        # expect: code-injection
        cls.__annotations__[field["name"]] = field["annotation"]
    return cls


def field_types(cls):
    return typing.get_type_hints(cls, globalns={"Decimal": Decimal, "date": date, "datetime": datetime})


def add_computed_field(cls, name, expression_type):
    """expression_type comes from the computed-column dialog."""
    # expect: code-injection
    cls.__annotations__[name] = expression_type
    return field_types(cls)


def add_counter_field(cls, name):
    cls.__annotations__[name] = int
    return cls
