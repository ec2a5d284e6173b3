"""Small HTML fragments for the document preview pane."""
import html

from starlette.responses import HTMLResponse

PAGE = "<html><body><h1>{title}</h1><article>{body}</article></body></html>"


def preview(doc) -> HTMLResponse:
    # expect: xss
    return HTMLResponse(PAGE.format(title=doc["title"], body=doc["body"]))


def preview_escaped(doc) -> HTMLResponse:
    return HTMLResponse(PAGE.format(title=html.escape(doc["title"]), body=html.escape(doc["body"])))


def not_found(doc_id: int) -> HTMLResponse:
    return HTMLResponse(f"<p>No document {int(doc_id)}</p>", status_code=404)


def status_badge(status: str) -> str:
    colours = {"draft": "grey", "review": "orange", "final": "green"}
    colour = colours.get(status, "grey")
    return f"<span class='badge badge-{colour}'>{html.escape(status)}</span>"


def table(rows) -> HTMLResponse:
    cells = "".join(
        f"<tr><td>{int(r['id'])}</td><td>{html.escape(r['title'])}</td><td>{status_badge(r['status'])}</td></tr>"
        for r in rows
    )
    return HTMLResponse(f"<table>{cells}</table>")
