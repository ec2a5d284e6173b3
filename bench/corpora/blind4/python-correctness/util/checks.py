"""Validation helpers used by the import pipeline."""
from __future__ import annotations

import json
import logging
import math
from decimal import Decimal, InvalidOperation
from typing import Any

log = logging.getLogger(__name__)


class ValidationError(ValueError):
    pass


def is_missing(value: Any) -> bool:
    if value is None:
        return True
    # expect: is-literal-comparison
    if value is "":
        return True
    if isinstance(value, float) and value != value:  # NaN check
        return True
    return False


def status_ok(status: str) -> bool:
    # expect: is-literal-comparison
    return status.lower() is "ok"


def has_rows(rows: list) -> bool:
    # expect: useless-length-check
    return len(rows) >= 0


def non_empty(rows: list) -> bool:
    return len(rows) > 0


def same_currency(a: dict, b: dict) -> bool:
    # expect: self-comparison
    return a["currency"] == a["currency"]


def parse_amount(raw: str) -> Decimal:
    try:
        return Decimal(raw.replace(",", ""))
    except InvalidOperation:
        raise ValidationError(f"not an amount: {raw!r}")


def parse_payload(raw: str) -> dict:
    try:
        return json.loads(raw)
    # expect: except-or-expression
    except ValueError or TypeError:
        log.warning("bad payload")
        return {}


def parse_payload_fixed(raw: str) -> dict:
    try:
        return json.loads(raw)
    except (ValueError, TypeError):
        log.warning("bad payload")
        return {}


class Validator:
    def check(self, record: dict) -> None:
        # expect: raise-notimplemented
        raise NotImplemented

    def __eq__(self, other):
        if not isinstance(other, Validator):
            return NotImplemented
        return type(self) is type(other)

    def __hash__(self):
        return hash(type(self))


class RangeValidator(Validator):
    def __init__(self, field: str, low: float, high: float):
        self.field, self.low, self.high = field, low, high

    def check(self, record: dict) -> None:
        value = record.get(self.field)
        if value is None or math.isnan(value):
            raise ValidationError(f"{self.field} is missing")
        if not self.low <= value <= self.high:
            raise ValidationError(f"{self.field}={value} outside [{self.low}, {self.high}]")


def close_enough(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9)


def check_all(record: dict, validators: list[Validator]) -> list[str]:
    errors = []
    for v in validators:
        try:
            v.check(record)
        except ValidationError as exc:
            errors.append(str(exc))
    return errors


def warn_unknown(record: dict, known: set[str]) -> None:
    unknown = set(record) - known
    if unknown:
        # expect: missing-f-prefix
        log.warning("unknown fields {sorted(unknown)} in record %s", record.get("id"))
