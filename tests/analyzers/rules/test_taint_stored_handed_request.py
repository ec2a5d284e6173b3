"""Rows a request fills through a helper or a serializer of any name, read back by a background task
(issue 31): a Django view binds `definition = _read_definition(request)`, a function of its own file
reading the posted file or field, creates a `TestJob` with it, and a backend's method loads
`test_job.definition` with `yaml.Loader`; a DRF action validates `data = PhotoUrlSerializer(data=request.data)`,
sets `group.photo_source_url = data.validated_data["photo_url"]`, and a huey task fetches it. Their twins
store what a helper that reads no request field gives (`request.user`'s locale) or the project's constant,
and stay quiet. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.test_taint_request_state_python import _findings, _write

JOBS_API = '''from django.http import HttpResponse

from ci.models import TestJob
from ci import tasks

LIMIT = 65536


def _read_definition(request):
    if "definition" in request.FILES:
        return request.FILES["definition"].read(LIMIT).decode()
    return request.POST.get("definition", "")


def _user_locale(request):
    return request.user.locale


def submit(request):
    definition = _read_definition(request)
    locale = _user_locale(request)
    job = TestJob.objects.create(definition=definition, locale=locale)
    tasks.run.delay(job.id)
    return HttpResponse(job.id, status=201)
'''
JOBS_BACKEND = '''import yaml


class Backend:
    def name(self, test_job):
        return yaml.load(test_job.definition, Loader=yaml.Loader).get("job_name")

    def locale(self, test_job):
        return yaml.load(test_job.locale, Loader=yaml.Loader)
'''
GROUPS_API = '''from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from groups import tasks


class PhotoUrlSerializer(serializers.Serializer):
    photo_url = serializers.URLField()


class GroupViewSet(viewsets.ModelViewSet):
    @action(detail=True, methods=["post"])
    def photo(self, request, pk=None):
        group = self.get_object()
        data = PhotoUrlSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        group.photo_source_url = data.validated_data["photo_url"]
        group.mirror_url = MIRROR
        group.save()
        tasks.fetch_photo(group.id)
        return Response({"status": "queued"})
'''
GROUPS_TASKS = '''import requests
from huey.contrib.djhuey import db_task

from groups.models import Group


@db_task()
def fetch_photo(group_id):
    group = Group.objects.get(pk=group_id)
    requests.get(group.photo_source_url, timeout=15)
    requests.get(group.mirror_url, timeout=15)
'''


def test_a_row_built_from_what_a_request_reading_helper_gave_is_request_data_where_read(tmp_path: Path):
    _write(tmp_path, {"ci/__init__.py": "", "ci/api.py": JOBS_API, "ci/backend.py": JOBS_BACKEND,
                      "ci/tasks.py": "def run(job_id):\n    pass\n"})
    found = [line for line in _findings(tmp_path) if "backend.py" in line]
    # the locale is the signed-in user's setting, no field of the request: clean
    assert len(found) == 1 and "backend.py:6:" in found[0] and "tainted-deserialization" in found[0], found
    assert "stored by ci/api.py, read" in found[0], found


def test_a_serializers_validated_data_under_any_name_stores_request_data(tmp_path: Path):
    _write(tmp_path, {"groups/__init__.py": "", "groups/api.py": GROUPS_API, "groups/tasks.py": GROUPS_TASKS})
    found = [line for line in _findings(tmp_path) if "tasks.py" in line]
    # the mirror is the project's constant: clean
    assert len(found) == 1 and "tasks.py:10:" in found[0] and "tainted-ssrf" in found[0], found
    assert "stored by groups/api.py, read" in found[0], found
