"""A ContextVar read in the module that defines it: Netflix Dispatch's `logging_context.py` defines
`request_id_var` and formats it into its log lines, while a Starlette middleware elsewhere sets it
from the `X-Request-ID` header. The store's writers were looked for only from files importing the
workspace's modules, and the defining module imports none. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

CONTEXT = '''import logging
from contextvars import ContextVar

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")
log = logging.getLogger("dispatch.audit")


def log_action(action: str, subject_id: int) -> None:
    line = f"[{request_id_var.get()}] {action} on {subject_id}"
    log.info(line)
'''

MAIN = '''import uuid

from fastapi import FastAPI, Request
from starlette.middleware.base import BaseHTTPMiddleware

from dispatch.logging_context import request_id_var

app = FastAPI()


class RequestIdMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        incoming = request.headers.get("X-Request-ID")
        request_id_var.set(incoming or str(uuid.uuid4()))
        return await call_next(request)
'''

CLEAN_MAIN = MAIN.replace('incoming or str(uuid.uuid4())', 'str(uuid.uuid4())')


def test_a_context_var_read_where_it_is_defined_carries_what_a_middleware_set(tmp_path: Path):
    found = taint_findings(tmp_path / "tainted", {"dispatch/logging_context.py": CONTEXT, "dispatch/main.py": MAIN})
    assert found == ["dispatch/logging_context.py:10 tainted-log"], found
    assert taint_findings(tmp_path / "clean", {"dispatch/logging_context.py": CONTEXT, "dispatch/main.py": CLEAN_MAIN}) == []
