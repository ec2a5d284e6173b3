"""A possible secret: where it is, which rule found it and how specific that rule is."""

from __future__ import annotations

from typing import NamedTuple


class Candidate(NamedTuple):
    """``text[start:end]`` may be a secret; among overlapping candidates the higher
    ``priority`` (then the longer) wins. ``prefix`` is how many leading characters are a
    public prefix (``ghp_``) that masking may leave visible."""

    start: int
    end: int
    rule: str
    priority: int
    prefix: int
