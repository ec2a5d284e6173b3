"""Reads the taint engine takes as clean for what is declared about them elsewhere than at the read: route
parameters whose path restricts them to word characters (taint_route_params), DTO fields class-validator
checks (taint_dto_fields) and request models' fields typed as numbers, dates or choices (taint_model_fields)."""

from __future__ import annotations

from postil.analyzers.rules.taint_dto_fields import checked_dto_reads
from postil.analyzers.rules.taint_model_fields import typed_model_reads
from postil.analyzers.rules.taint_route_params import constrained_reads


def checked_reads(facts) -> list[tuple[int, int]]:
    """The spans of the reads in the file ``facts`` describes that are clean by a declaration (see the module)."""
    return constrained_reads(facts) + checked_dto_reads(facts) + typed_model_reads(facts)
