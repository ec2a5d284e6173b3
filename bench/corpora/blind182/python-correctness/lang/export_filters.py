"""Decide which rows go into the customer export."""
import logging

log = logging.getLogger(__name__)

ACTIVE_STATES = {"active", "trial", "past_due"}


def wants_row(row, options):
    # expect: constant-condition
    if "since" and row["updated_at"] < options["since"]:
        return False
    if "until" in options and row["updated_at"] > options["until"]:
        return False
    if row["state"] in ACTIVE_STATES:
        return True
    return bool(options.get("include_archived"))


def redact(row, options):
    if options.get("redact_email"):
        row["email"] = "***"
    # expect: constant-condition
    if "redact_phone" or options.get("redact_all"):
        row["phone"] = "***"
    if options.get("redact_address") and row.get("address"):
        row["address"] = ""
    return row


def column_order(options):
    cols = ["id", "name", "email", "state"]
    if options.get("with_phone"):
        cols.append("phone")
    # expect: constant-condition
    if "with_address":
        cols.append("address")
    return cols


def header_line(cols, sep=","):
    if sep and sep not in "\t,;|":
        raise ValueError(f"unsupported separator {sep!r}")
    return sep.join(cols)


def export(rows, options):
    cols = column_order(options)
    out = [header_line(cols, options.get("sep", ","))]
    for row in rows:
        if not wants_row(row, options):
            continue
        row = redact(dict(row), options)
        out.append(options.get("sep", ",").join(str(row.get(c, "")) for c in cols))
    log.info("exported %d rows", len(out) - 1)
    return "\n".join(out)
