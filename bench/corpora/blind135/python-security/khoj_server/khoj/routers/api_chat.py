"""Chat endpoint: the model picks tools, which run with the user's arguments."""
from fastapi import APIRouter, Request
from pydantic import BaseModel
from starlette.authentication import requires

from khoj.processor.tools.online_search import read_webpages
from khoj.processor.tools.run_code import run_code

api_chat = APIRouter()

TOOLS = {"webpage": read_webpages, "code": run_code}


class ChatRequestBody(BaseModel):
    q: str
    tool: str = "webpage"
    tool_args: dict = {}


@api_chat.post("/chat")
@requires(["authenticated"])
async def chat(request: Request, body: ChatRequestBody):
    tool = TOOLS.get(body.tool)
    if tool is None:
        return {"response": "unknown tool"}
    result = await tool(query=body.q, **body.tool_args)
    return {"response": result}
