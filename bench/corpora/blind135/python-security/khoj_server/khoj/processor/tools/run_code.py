"""Runs model-written code in the sandbox, or locally when none is set."""
import os

import httpx

SANDBOX_URL = os.getenv("KHOJ_TERRARIUM_URL")


async def run_code(query, code="", sandbox_url=None):
    if not sandbox_url:
        sandbox_url = SANDBOX_URL
    if sandbox_url:
        async with httpx.AsyncClient(timeout=60) as client:
            response = await client.post("http://localhost:8080", json={"code": code})
            return response.json()
    scope = {}
    # expect: code-injection
    exec(code, scope)
    return {"result": str(scope.get("result"))}
