"""A printable page of one response, linked from the staff Discord webhook."""
import html

from starlette.authentication import requires
from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse

PAGE = "<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"


def _escaped_row(label: str, value: str) -> str:
    return f"<dt>{html.escape(label)}</dt><dd>{html.escape(str(value))}</dd>"


class ResponseView(HTTPEndpoint):
    @requires(["authenticated", "admin"])
    async def get(self, request: Request):
        form_id = request.path_params["form_id"]
        response_id = request.path_params["response_id"]
        form = await request.state.db.forms.find_one({"_id": form_id})
        response = await request.state.db.responses.find_one({"_id": response_id, "form_id": form_id})
        if form is None or response is None:
            return JSONResponse({"error": "not_found"}, status_code=404)
        rows = []
        for question in form["questions"]:
            answer = response["response"].get(question["id"], "")
            if question["type"] == "code":
                rows.append(f"<dt>{html.escape(question['name'])}</dt><dd><pre>{html.escape(answer)}</pre></dd>")
            elif question["type"] == "textarea":
                # long answers keep the line breaks the applicant typed
                rows.append(f"<dt>{html.escape(question['name'])}</dt><dd>{answer.replace(chr(10), '<br>')}</dd>")
            else:
                rows.append(_escaped_row(question["name"], answer))
        user = response.get("user") or {}
        rows.append(_escaped_row("Submitted by", user.get("username", "anonymous")))
        body = "<dl>" + "".join(rows) + "</dl>"
        # expect: xss
        return HTMLResponse(PAGE.format(title=html.escape(form["name"]), body=body))
