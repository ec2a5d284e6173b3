"""Helpers that collect rows for reports."""
import copy


def collect_errors(rows, errors=[]):
    for row in rows:
        if not row.get("valid"):
            # expect: mutable-default
            errors.append(row["id"])
    return errors


def merge_tags(record, tags=[]):
    # expect: mutable-default
    tags.extend(record.get("tags", ()))
    return sorted(set(tags))


class Pipeline:
    def run(self, item, steps=[]):
        if item.priority:
            # expect: mutable-default
            steps.insert(0, "expedite")
        return [step(item) for step in steps]


async def gather_ids(source, seen=[]):
    async for item in source:
        # expect: mutable-default
        seen.append(item.id)
    return seen


def collect_warnings(rows, warnings=[]):
    warnings = list(warnings)
    for row in rows:
        warnings.append(row["warning"])
    return warnings


def collect_notes(rows, notes=None):
    notes = notes or []
    notes.extend(r["note"] for r in rows)
    return notes


def collect_flags(rows, flags=[]):
    flags = copy.copy(flags)
    flags.append(len(rows))
    return flags
