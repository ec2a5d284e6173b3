"""Builds record classes from the JSON schemas customers upload."""
import dataclasses
import json
import typing
from typing import Optional


class Record:
    __annotations__ = {}


def build_record(schema_json: str):
    schema = json.loads(schema_json)
    ns = type(schema["name"], (Record,), {"__annotations__": {}})
    for field, spec in schema["fields"].items():
        # expect: code-injection
        ns.__annotations__[field] = spec["type"]
    return dataclasses.dataclass(ns)


def annotate_return(func, declared):
    # expect: code-injection
    func.__annotations__["return"] = declared
    return typing.get_type_hints(func)


class Extensible:
    def add_field(self, attr, annotation):
        # expect: code-injection
        self.__class__.__annotations__[attr] = annotation


def register_alias(target, config):
    alias = config.get("alias_type", "str")
    # expect: code-injection
    target.__annotations__[config["alias"]] = "Optional[" + alias + "]"


def fixed_fields(cls):
    # Literals and typing objects only: nothing a caller chose.
    cls.__annotations__["id"] = int
    cls.__annotations__["note"] = "str"
    cls.__annotations__["parent"] = typing.Optional
    return typing.get_type_hints(cls, localns={"Optional": Optional})
