"""A check of a name's extension alone (`if (!EDITABLE.has(extname(requested))) throw ...`, `if
os.path.splitext(name)[1] not in ALLOWED: abort(415)`): it fixes the last characters of the name, not the
directories before them (`../../../etc/cron.d/job.yml` passes), so the name it reads stays as it came;
what it reads elsewhere in the condition is checked as before."""

from __future__ import annotations

import re

from postil.analyzers.rules.taint_values import last_name

_EXTENSION = re.compile(r"^(extname|splitext)$")  # Node's path.extname, Python's os.path.splitext


def past_extensions(reads: tuple[list, list, list]) -> tuple[list, list]:
    """The names and members of a condition's ``reads`` (see FileFacts.reads) less those read only
    inside an extension's call there."""
    names, members, calls = reads
    spans = [(start, end) for callee, start, end, _ in calls if _EXTENSION.match(last_name(callee))]
    if not spans:
        return names, members
    inside = {text for text, start, end in names + members if any(s <= start and end <= e for s, e in spans)}
    outside = {text for text, start, end in names + members if not any(s <= start and end <= e for s, e in spans)}
    only = inside - outside
    return [n for n in names if n[0] not in only], [m for m in members if m[0] not in only]
