"""Build typed record classes from the column specs uploaded with a dataset.

The importer reads a JSON/YAML spec (user supplied through the admin upload form)
and turns it into a dataclass so the rest of the pipeline gets type hints.
"""
import dataclasses
import typing
from typing import Any, Dict, Optional


class RecordBase:
    __annotations__: Dict[str, Any] = {}


def _new_record_class(name: str) -> type:
    return type(name, (RecordBase,), {"__annotations__": {}})


def build_record_class(name: str, spec: Dict[str, Any]) -> type:
    cls = _new_record_class(name)
    for column in spec.get("columns", []):
        # expect: code-injection
        cls.__annotations__[column["name"]] = column["type"]
    cls.__annotations__["id"] = int
    cls.__annotations__["source"] = "str"
    cls.__annotations__["note"] = typing.Optional[str]
    return dataclasses.dataclass(cls)


class DynamicForm:
    """Form whose fields are declared by the tenant's configuration."""

    def __init__(self, field_specs: Dict[str, str]):
        self._specs = field_specs

    def declare(self) -> None:
        for field_name, hint in self._specs.items():
            # expect: code-injection
            type(self).__annotations__[field_name] = hint

    def declare_optional(self, field_name: str, raw_hint: str) -> None:
        # expect: code-injection
        type(self).__annotations__[field_name] = f"Optional[{raw_hint}]"

    def hints(self) -> Dict[str, Any]:
        return typing.get_type_hints(type(self))


def patch_from_request(model: type, payload: Dict[str, str]) -> Dict[str, Any]:
    key = payload["field"]
    annotation = "List[" + payload["item_type"] + "]"
    # expect: code-injection
    model.__annotations__[key] = annotation
    return typing.get_type_hints(model)


def apply_defaults(model: type, defaults: Optional[Dict[str, Any]] = None) -> type:
    for key, value in (defaults or {}).items():
        setattr(model, key, value)
        model.__annotations__[key] = float
    return model
