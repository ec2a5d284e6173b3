"""Builds typed record classes from tenant-supplied schema documents."""
import typing
from dataclasses import dataclass, make_dataclass


class Record:
    __annotations__ = {}


def apply_schema(schema: dict):
    for field in schema["fields"]:
        # expect: code-injection
        Record.__annotations__[field["name"]] = field["type"]
    return typing.get_type_hints(Record)


def add_field(cls, name, annotation):
    # expect: code-injection
    cls.__annotations__[name] = annotation
    return typing.get_type_hints(cls)


class TenantModel:
    def extend(self, request_json):
        spec = request_json["extra_field"]
        # expect: code-injection
        type(self).__annotations__[spec["name"]] = spec["annotation"]
        return typing.get_type_hints(type(self))


def add_builtin_field(cls, name):
    cls.__annotations__[name] = int
    return typing.get_type_hints(cls)


def add_optional(cls, name):
    cls.__annotations__[name] = typing.Optional[str]
    return typing.get_type_hints(cls)


def add_forward_ref(cls, name):
    cls.__annotations__[name] = "str"
    return typing.get_type_hints(cls)


TYPES = {"int": int, "str": str, "float": float, "bool": bool}


def safe_schema(schema: dict):
    fields = [(f["name"], TYPES[f["type"]]) for f in schema["fields"] if f["type"] in TYPES]
    return make_dataclass("TenantRecord", fields)


@dataclass
class Point:
    x: int
    y: int
