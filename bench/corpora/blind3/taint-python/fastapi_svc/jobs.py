"""Job runner API."""

from __future__ import annotations

import asyncio
import shlex
from pathlib import Path

from fastapi import Body, FastAPI, Form, HTTPException
from pydantic import BaseModel

app = FastAPI()
WORKDIR = Path("/srv/jobs")
TOOLS = {"lint": ["ruff", "check", "."], "test": ["pytest", "-q"]}


class JobRequest(BaseModel):
    repo: str
    ref: str = "main"
    script: str | None = None


@app.post("/jobs/clone")
async def clone(job: JobRequest):
    cmd = f"git clone --branch {job.ref} {job.repo} {WORKDIR / 'checkout'}"
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(cmd)
    return {"rc": await proc.wait()}


@app.post("/jobs/clone-safe")
async def clone_safe(job: JobRequest):
    proc = await asyncio.create_subprocess_exec("git", "clone", "--branch", job.ref, "--", job.repo,
                                                str(WORKDIR / "checkout"))
    return {"rc": await proc.wait()}


@app.post("/jobs/tool/{name}")
async def run_tool(name: str):
    if name not in TOOLS:
        raise HTTPException(404, "no such tool")
    proc = await asyncio.create_subprocess_exec(*TOOLS[name], cwd=WORKDIR)
    return {"rc": await proc.wait()}


@app.post("/jobs/script")
async def run_script(job: JobRequest):
    if not job.script:
        raise HTTPException(400, "script required")
    # expect: code-injection
    exec(job.script, {"__builtins__": {}})
    return {"ok": True}


@app.post("/jobs/calc")
async def calc(expr: str = Form(...)):
    # expect: code-injection
    return {"value": eval(expr)}


@app.post("/jobs/echo")
async def echo(message: str = Body(..., embed=True)):
    quoted = shlex.quote(message)
    proc = await asyncio.create_subprocess_shell(f"echo {quoted}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return {"out": out.decode()}
