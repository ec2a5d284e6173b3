"""Record comments as the zone page shows them."""
from markupsafe import Markup, escape


def comment_cell(record):
    comment = record.get("comment") or ""
    if record.get("trusted_source"):
        return Markup("<td class=\"comment\">{}</td>").format(comment)
    return Markup(f"<td class=\"comment\">{escape(comment)}</td>")


def comment_badge(record):
    comment = record.get("comment")
    if not comment:
        comment = ""
    # expect: xss
    return Markup(f"<span class=\"badge\" title=\"comment\">{comment}</span>")
