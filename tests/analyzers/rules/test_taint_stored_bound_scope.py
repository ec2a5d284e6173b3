"""A row bound under a name of its own (`current = Feed.objects.get(pk=pk)`) is a stored row in the function that
binds it, and in one taking it as a parameter (the row handed on: `refresh(current)`), not wherever the file
spells that name: another function's `current` bound to the project's own setting holds that (issue 31: the
stored reads were matched by name across a whole file). Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.test_taint_request_state_python import _findings, _write

MODELS = '''from django.db import models


class Feed(models.Model):
    source = models.URLField()
'''
VIEWS = '''from .models import Feed


def add_feed(request):
    Feed.objects.create(source=request.POST["source"])
'''
TASKS = '''import requests
from django.conf import settings

from .models import Feed


def poll(pk):
    current = Feed.objects.get(pk=pk)
    return requests.get(current.source, timeout=5).text


def refresh(current):
    return requests.get(current.source, timeout=5).status_code


def check_mirror():
    current = settings.MIRRORS[0]
    return requests.head(current.source, timeout=5).status_code
'''


def test_a_row_bound_under_another_name_is_stored_only_where_it_is_bound(tmp_path: Path):
    _write(tmp_path, {"feeds/__init__.py": "", "feeds/models.py": MODELS, "feeds/views.py": VIEWS,
                      "feeds/tasks.py": TASKS})
    found = [line for line in _findings(tmp_path) if "tasks.py" in line]
    assert len(found) == 2 and "tasks.py:9:" in found[0] and "tasks.py:13:" in found[1], found
