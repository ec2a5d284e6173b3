"""Renders worksheet markup items to an HTML fragment."""
import html
import logging

log = logging.getLogger(__name__)

PAGE = "<html><head><title>{title}</title></head><body>{body}</body></html>"


def _render_item(item):
    if item["type"] == "markup":
        return "<div class='markup'>" + item["value"] + "</div>"
    if item["type"] == "bundle":
        return "<div class='bundle'>" + html.escape(item["value"]) + "</div>"
    return ""


def render_markup_items(items, title=""):
    body = "\n".join(_render_item(i) for i in items)
    # expect: xss
    return PAGE.format(title=title, body=body)


def render_plain(items, title=""):
    body = "\n".join("<pre>" + html.escape(i["value"]) + "</pre>" for i in items)
    return PAGE.format(title=html.escape(title), body=body)


def render_table(rows, columns):
    head = "".join("<th>%s</th>" % html.escape(c) for c in columns)
    body = "".join(
        "<tr>" + "".join("<td>%s</td>" % html.escape(str(r.get(c, ""))) for c in columns) + "</tr>" for r in rows
    )
    return "<table><thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (head, body)
