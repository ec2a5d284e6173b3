"""Input normalisation for the order import job."""
SENTINEL = object()


def status_of(row):
    # expect: is-literal
    if row["status"] is "cancelled":
        return "void"
    if row["status"] == "refunded":
        return "void"
    return row["status"]


def qty(row):
    # expect: is-literal
    if row.get("qty") is 0:
        return None
    return int(row["qty"])


def note(row, default=SENTINEL):
    value = row.get("note", default)
    if value is SENTINEL:
        return ""
    # expect: eq-none
    if value == None:
        return ""
    return value.strip()


def changed(old, new):
    # expect: self-comparison
    if old.total == old.total:
        return old.status != new.status
    return True


def changed_v2(old, new):
    return old.total != new.total or old.status != new.status


def is_empty(row):
    return row.get("items") is None or len(row["items"]) == 0


def validate(row):
    # expect: assert-tuple
    assert (row.get("id"), "row without id")
    assert row.get("id"), "row without id"
    return row
