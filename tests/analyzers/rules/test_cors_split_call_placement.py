"""CORS that lets every origin in with credentials, configured in a call split over lines, is
reported over the call's arguments: the `"*"` origins and the credentials flag are the two
halves of one problem, and a reviewer may point at either line."""

from __future__ import annotations

from postil.analyzers.checker import Checker
from postil.config import load_config

RULE = "python/security/cors-any-origin-with-credentials"

APP = '''from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware


def create_app(settings):
    api = FastAPI(title=settings.name)
    api.add_middleware(CORSMiddleware,
                       allow_credentials=True,
                       max_age=600,
                       allow_origins=("*",))
    return api
'''


def test_a_split_cors_call_is_reported_over_both_halves(tmp_path):
    path = tmp_path / "main.py"
    path.write_text(APP)
    lines = APP.splitlines()
    report = Checker(load_config(path)).check_file(path)
    found = [(f.span.start_line, f.span.end_line) for f in report.findings if f.rule == RULE]
    assert len(found) == 1
    start, end = found[0]
    covered = [line.strip() for line in lines[start:end + 1]]
    assert "allow_credentials=True," in covered and 'allow_origins=("*",))' in covered
