"""A `match` arm only literals select (`case "new" | "unanswered":`) holds the subject to one of
them, as `if kind == "new":` does: Misago's thread-list viewmodel stores the list type in the
session that way, and the engine reported it as request data crossing the trust boundary — in
the view that makes the viewmodel, and in a handler matching its own local. A capture or wildcard
arm (`case _:`, `case other:`) still carries what the request sent. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

VIEWMODEL = '''from threads.models import Thread


class ThreadsList:
    def __init__(self, request, category_id, list_type):
        self.request = request
        self.category_id = category_id
        self.list_type = list_type

    def keep_choice(self):
        match self.list_type:
            case "subscribed":
                self.request.session["list"] = self.list_type
            case "new" | "unread":
                self.request.session["list"] = self.list_type


class RawThreadsList:
    def __init__(self, request, list_type):
        self.request = request
        self.list_type = list_type

    def remember(self):
        match self.list_type:
            case "all":
                self.request.session["thread_list"] = "all"
            case _:
                self.request.session["thread_list"] = self.list_type
'''

API = '''from rest_framework import viewsets
from rest_framework.response import Response

from threads.viewmodels import RawThreadsList, ThreadsList


class ThreadViewSet(viewsets.ViewSet):
    def list(self, request):
        threads = ThreadsList(request, 1, request.query_params.get("list", "all"))
        threads.keep_choice()
        return Response({})

    def raw(self, request):
        threads = RawThreadsList(request, request.query_params.get("list", "all"))
        threads.remember()
        return Response({})
'''

VIEWS = '''from flask import Flask, request, session

app = Flask(__name__)


@app.get("/sort")
def sort():
    order = request.args.get("order", "new")
    match order:
        case "new" | "top":
            session["order"] = order
        case other:
            session["fallback"] = other
    return ""
'''


def test_a_literal_arm_clears_its_subject_and_a_capture_arm_does_not(tmp_path: Path):
    found = taint_findings(tmp_path, {"threads/viewmodels.py": VIEWMODEL, "threads/api.py": API,
                                      "threads/models.py": "class Thread:\n    pass\n", "site/views.py": VIEWS})
    # the raw list's wildcard arm stores what the request sent: reported in its own module, where the
    # constructor's field reaches the session (once: not again where the view makes the object); the
    # literal arms store one of the code's own words, in the view that makes the viewmodel and in its method
    assert found == ["site/views.py:13 tainted-session", "threads/viewmodels.py:28 tainted-session"], found
