"""Build dataclasses for customer-defined record schemas (uploaded as JSON)."""
import dataclasses
import typing

TYPE_NAMES = {"int": int, "float": float, "str": str, "bool": bool}


def build_record_class(schema):
    ns = {"__annotations__": {}}
    cls = type(schema["name"], (), ns)
    for field in schema["fields"]:
        # expect: code-injection
        cls.__annotations__[field["name"]] = field["type"]
    hints = typing.get_type_hints(cls)
    return dataclasses.make_dataclass(schema["name"], list(hints.items()))


def add_optional(cls, name, type_expr):
    # expect: code-injection
    cls.__annotations__[name] = f"typing.Optional[{type_expr}]"
    return typing.get_type_hints(cls, globalns={"typing": typing})


def build_checked(schema):
    cls = type(schema["name"], (), {"__annotations__": {}})
    for field in schema["fields"]:
        cls.__annotations__[field["name"]] = TYPE_NAMES[field["type"]]
    return typing.get_type_hints(cls)


def with_audit_fields(cls):
    cls.__annotations__["created_by"] = str
    cls.__annotations__["tags"] = typing.List[str]
    cls.__annotations__["note"] = "str"
    return cls


def merge_annotations(target, source_cls, extra):
    for name, expr in extra.items():
        # expect: code-injection
        target.__annotations__[name] = expr
    return typing.get_type_hints(target)
