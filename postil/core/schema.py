"""Typed, frozen settings tables validated from TOML-shaped data, without pydantic.

``postil check`` reads its config on every run; pydantic's import alone took a third of
that command's start-up, for four small tables. A table is a frozen dataclass::

    class LLMConfig(Table):
        timeout: float = setting(60.0, gt=0)
        base_url: str | None = setting(None, alias="base-url")

``LLMConfig.model_validate(data)`` checks every key against the annotations (``str``,
``int``, ``float``, ``bool``, ``X | None``, ``Literal[...]``, ``tuple[X, ...]``,
``dict[str, X]``, ``dict`` and nested tables), the bounds and the pattern of each field,
and raises :class:`SchemaError` naming the key and the problem in plain words. Keys are
accepted hyphenated (the alias) or with underscores. The method names are pydantic's
(``model_validate``, ``model_construct``, ``model_fields``, ``model_dump(exclude_unset=True)``,
``model_fields_set``, ``model_copy(update=...)``), so callers read the same as before.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from typing import Any, ClassVar, Literal


class SchemaError(ValueError):
    """A value that does not fit its table. ``path``: the keys (and list indexes) down to it, as
    written; ``kind``: ``unknown``, ``missing``, ``choice``, ``type``, ``bound``, ``form`` or
    ``check``; ``wanted``: the choices, the type's name, or the bound (``gt``/``ge``/``le``)
    with its limit; ``problem``: all that in plain words."""

    def __init__(self, path: tuple, kind: str, problem: str, value: Any = None, wanted: Any = None) -> None:
        super().__init__(f"{_dotted(path)}: {problem}")
        self.path, self.kind, self.problem, self.value, self.wanted = path, kind, problem, value, wanted

    @property
    def key(self) -> str:
        return _dotted(self.path) or "(table)"


def _dotted(path: tuple) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")


def one_or_many(value: Any) -> Any:
    """A single string stands for a list of one (``before=`` of a list setting)."""
    return [value] if isinstance(value, str) else value


def setting(default: Any = dataclasses.MISSING, *, alias: str | None = None, factory: Any = dataclasses.MISSING,
            gt: float | None = None, ge: float | None = None, le: float | None = None, pattern: str | None = None,
            before: Any = None, check: Any = None) -> Any:
    """A field with its TOML name (``alias``), bounds, a ``pattern`` for text, ``before`` (a
    function given the raw value, returning the value to check) and ``check`` (a function given
    the checked value, raising ``ValueError`` with the problem or returning the value to keep)."""
    meta = {"alias": alias, "gt": gt, "ge": ge, "le": le, "pattern": pattern, "before": before, "check": check}
    return dataclasses.field(default=default, default_factory=factory, metadata=meta)


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part.title() for part in rest)


class Table:
    """Base of a settings table: subclasses become frozen dataclasses with keyword arguments.
    ``camel_case_keys``: keys are also accepted in camelCase (editors' JSON); ``unknown_keys``:
    ``"error"`` or ``"ignore"``."""

    camel_case_keys: ClassVar[bool] = False
    unknown_keys: ClassVar[str] = "error"
    model_fields: ClassVar[dict[str, dataclasses.Field]]  # name -> field, in order
    _fields: ClassVar[dict[str, tuple[Any, dict]]]  # name -> (resolved annotation, setting metadata)
    _names: ClassVar[dict[str, str]]  # every accepted key (alias, camelCase, field name) -> field name

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        dataclasses.dataclass(frozen=True, kw_only=True)(cls)
        cls.model_fields = {field.name: field for field in dataclasses.fields(cls)}
        init = cls.__init__

        def __init__(self, **values: Any) -> None:  # the fields given are remembered (model_fields_set)
            init(self, **values)
            object.__setattr__(self, "_given", frozenset(values))

        cls.__init__ = __init__

    @classmethod
    def _schema(cls) -> dict[str, tuple[Any, dict]]:
        if "_fields" not in cls.__dict__:  # resolved on first validation: a run without config files never does
            hints = typing.get_type_hints(cls)
            cls._fields = {f.name: (hints[f.name], dict(f.metadata)) for f in dataclasses.fields(cls)}
            cls._names = {name: name for name in cls._fields}
            for name, (_, meta) in cls._fields.items():
                if meta.get("alias"):
                    cls._names[meta["alias"]] = name
                if cls.camel_case_keys:
                    cls._names[_camel(name)] = name
        return cls._fields

    @classmethod
    def before(cls, data: dict, where: tuple) -> dict:
        """The table's raw keys and values before each is checked (raise ``SchemaError`` to
        refuse them): as given, by default."""
        return data

    @classmethod
    def model_validate(cls, data: Any, where: tuple = ()) -> Table:
        """The table for ``data`` (a mapping), every key checked; ``where``: the path to the table."""
        if isinstance(data, cls):
            return data
        if not isinstance(data, dict):
            raise SchemaError(where, "type", f"expected a table, got {_kind(data)}", data, "table")
        fields = cls._schema()
        data = cls.before(data, where)
        values = {}
        for key, value in data.items():
            name = cls._names.get(key) if isinstance(key, str) else None
            if name is None:
                if cls.unknown_keys == "ignore":
                    continue
                raise SchemaError((*where, key), "unknown", "unknown key", value)
            if name in values:
                raise SchemaError((*where, key), "unknown", "given twice (hyphenated and with underscores)", value)
            hint, meta = fields[name]
            values[name] = _field_value(value, hint, meta, (*where, key))
        for field in dataclasses.fields(cls):
            if field.name not in values and field.default is field.default_factory is dataclasses.MISSING:
                raise SchemaError((*where, field.metadata.get("alias") or field.name), "missing",
                                  "missing (it has no default)")
        return cls(**values)

    @classmethod
    def model_construct(cls, **values: Any) -> Table:
        """A table from values already valid (defaults for the rest), nothing checked."""
        return cls(**values)


    @classmethod
    def default_of(cls, name: str) -> Any:
        """The default of field ``name``."""
        field = cls.__dataclass_fields__[name]
        return field.default_factory() if field.default_factory is not dataclasses.MISSING else field.default

    @property
    def model_fields_set(self) -> frozenset[str]:
        """The fields given (validated, constructed or copied in), not left at their default."""
        return getattr(self, "_given", frozenset())

    def model_dump(self, exclude_unset: bool = False) -> dict:
        """Field name -> value (nested tables as dicts); only the keys given with ``exclude_unset``."""
        return {f.name: _dumped(getattr(self, f.name), exclude_unset) for f in dataclasses.fields(self)
                if not exclude_unset or f.name in self.model_fields_set}

    def model_copy(self, update: dict | None = None) -> Table:
        """A copy with ``update`` applied (not checked, as pydantic's)."""
        copy = dataclasses.replace(self, **(update or {}))
        object.__setattr__(copy, "_given", self.model_fields_set | frozenset(update or ()))
        return copy


def _dumped(value: Any, exclude_unset: bool) -> Any:
    if isinstance(value, Table):
        return value.model_dump(exclude_unset)
    if isinstance(value, dict):
        return {k: _dumped(v, exclude_unset) for k, v in value.items()}
    return value


_NAMES = {str: "text", int: "an integer", float: "a number", bool: "true or false"}


def _kind(value: Any) -> str:
    """What the user wrote, in words (``a list``, ``text``, ``true or false``)."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (list, tuple)):
        return "a list"
    return _NAMES.get(type(value), type(value).__name__)


def _field_value(value: Any, hint: Any, meta: dict, path: tuple) -> Any:
    if meta.get("before") is not None:
        value = meta["before"](value)
    value = _typed(value, hint, path)
    _bounds(value, meta, path)
    if meta.get("check") is not None:
        try:
            value = meta["check"](value)
        except ValueError as exc:
            raise SchemaError(path, "check", str(exc), value) from None
    return value


def _typed(value: Any, hint: Any, path: tuple) -> Any:
    """``value`` as the annotation ``hint`` wants it, or SchemaError."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None and type(None) in args:
            return None
        options = [a for a in args if a is not type(None)]
        if len(options) == 1:
            return _typed(value, options[0], path)
        raise TypeError(f"unsupported annotation {hint!r}")
    if origin is Literal:
        if value in args and type(value) in {type(a) for a in args}:
            return value
        choices = [repr(a) for a in args]
        listed = f"{', '.join(choices[:-1])} or {choices[-1]}" if len(choices) > 1 else choices[0]
        raise SchemaError(path, "choice", f"expected {listed} (got {value!r})", value, args)
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            raise SchemaError(path, "type", f"expected a list, got {_kind(value)}", value, "list")
        return tuple(_typed(item, args[0], (*path, i)) for i, item in enumerate(value))
    if origin is dict or hint is dict:
        if not isinstance(value, dict):
            raise SchemaError(path, "type", f"expected a table, got {_kind(value)}", value, "table")
        if hint is dict:
            return dict(value)
        return {name: _typed(item, args[1], (*path, name)) for name, item in value.items()}
    if isinstance(hint, type) and issubclass(hint, Table):
        return hint.model_validate(value, path)
    if hint is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    elif hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif hint is bool or hint is str:
        if type(value) is hint:
            return value
    else:
        raise TypeError(f"unsupported annotation {hint!r}")
    raise SchemaError(path, "type", f"expected {_NAMES[hint]}, got {_kind(value)}", value, hint.__name__)


_BOUNDS = (("gt", lambda v, b: v <= b, "greater than"), ("ge", lambda v, b: v < b, "at least"),
           ("le", lambda v, b: v > b, "at most"))


def _bounds(value: Any, meta: dict, path: tuple) -> None:
    if value is None:
        return
    for bound, fails, words in _BOUNDS:
        limit = meta.get(bound)
        if limit is not None and fails(value, limit):
            raise SchemaError(path, "bound", f"must be {words} {limit:g} (got {value!r})", value, (bound, limit))
    pattern = meta.get("pattern")
    if pattern is not None and not re.fullmatch(pattern, value):
        raise SchemaError(path, "form", f"{value!r} does not have the expected form ({pattern})", value, pattern)
