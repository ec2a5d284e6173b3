"""Accept a response to a form (``backend/routes/forms/submit.py``)."""
import ast
import datetime
import uuid

from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse

from backend import discord
from backend.models import Form, FormResponse
from backend.routes.forms.unittesting import execute_unittest


class SubmitForm(HTTPEndpoint):
    async def post(self, request: Request) -> JSONResponse:
        form_id = request.path_params["form_id"]
        raw_form = await request.state.db.forms.find_one({"_id": form_id})
        if raw_form is None:
            return JSONResponse({"error": "not_found"}, status_code=404)
        form = Form(**raw_form)
        data = await request.json()
        answers = data.get("response", {})
        for question in form.questions:
            if question.type == "code" and question.id in answers:
                try:
                    ast.parse(answers[question.id])
                except SyntaxError as e:
                    return JSONResponse({"error": "syntax_error", "question": question.id, "line": e.lineno}, status_code=422)
        response = FormResponse(
            id=str(uuid.uuid4()),
            form_id=form.id,
            user=request.user.payload if request.user.is_authenticated else None,
            response=answers,
            timestamp=datetime.datetime.now(datetime.timezone.utc).isoformat(),
        )
        if any(q.type == "code" and q.data.get("unittests") for q in form.questions):
            response.antispam = await execute_unittest(response, form)
        await request.state.db.responses.insert_one(response.dict(by_alias=True))
        if form.meta.get("assign_role") and request.user.is_authenticated:
            await discord.assign_role(request.user.payload["id"], form.meta["assign_role"])
        return JSONResponse({"form": form.id, "response": response.id})
