"""Stored rows read back in the other shapes real projects write them (issue 31): a Pyramid view keeps
`url = self.request.params["url"]` and adds `Shorturl(url=url, ...)` through a SQLAlchemy session, a later
request gets the row by `DBSession.query(Shorturl)...first()` and redirects to `short.url`; a Django view
creates an `Integration` whose JSON `configuration` holds a form's URL (the call over several lines) and a
Celery task posts to `integration.configuration["url"]`; a DRF view splats a serializer's data into
`Webhook.objects.create(**data)`; a view sets `probe.actions` on a `ProbeSource` it got as `probe`. Their twins read fields the project fills itself and stay quiet.
Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.test_taint_request_state_python import _findings, _write

SHORT_MODELS = '''from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base, scoped_session, sessionmaker

DBSession = scoped_session(sessionmaker())
Base = declarative_base()


class Shorturl(Base):
    __tablename__ = "shorturl"
    id = Column(Integer, primary_key=True)
    url = Column(String)
    ref = Column(String, unique=True)
    note = Column(String)
'''
SHORT_VIEWS = '''from pyramid.httpexceptions import HTTPFound, HTTPNotFound

from .models import DBSession, Shorturl


class Shortener:
    def __init__(self, request):
        self.request = request

    def create(self):
        url = self.request.params["url"]
        note = self.request.params.get("note", "")
        ref = self.request.registry.random_ref()
        DBSession.add(Shorturl(url=url, ref=ref))
        return {"ref": ref, "note": note}

    def seed(self):
        note = "/welcome"
        DBSession.add(Shorturl(url="/", ref="home", note=note))

    def get(self):
        short = DBSession.query(Shorturl).filter(Shorturl.ref == self.request.matchdict["ref"]).first()
        if short is None:
            raise HTTPNotFound()
        return HTTPFound(location=short.url)

    def again(self):
        short = DBSession.query(Shorturl).filter(Shorturl.id == 1).first()
        return HTTPFound(location="/s/" + short.ref)

    def noted(self):
        short = DBSession.query(Shorturl).filter(Shorturl.id == 1).first()
        return HTTPFound(location=short.note)
'''
INTEGRATION_MODELS = '''from django.db import models


class Integration(models.Model):
    type = models.CharField(max_length=16)
    configuration = models.JSONField(default=dict)
    defaults = models.JSONField(default=dict)
'''
INTEGRATION_VIEWS = '''from django.shortcuts import redirect

from .forms import WebhookForm
from .models import Integration
from .tasks import send_test


def integration_create(request):
    form = WebhookForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        integration = Integration.objects.create(
            type="webhook",
            configuration={"url": form.cleaned_data["url"]},
            defaults={"url": "https://hooks.example.org/"},
        )
        send_test.delay(integration.pk)
    return redirect("/")
'''
INTEGRATION_TASKS = '''import requests
from celery import shared_task

from .models import Integration


@shared_task
def send_test(integration_id):
    integration = Integration.objects.get(pk=integration_id)
    config = integration.configuration
    requests.post(config["url"], json={"test": True}, timeout=10)
    requests.post(integration.defaults["url"], json={"test": True}, timeout=10)
'''
HOOK_MODELS = '''from django.db import models


class Webhook(models.Model):
    target = models.URLField()


class Mirror(models.Model):
    target = models.URLField()
'''
HOOK_API = '''from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Mirror, Webhook
from .serializers import WebhookSerializer


class WebhookCreate(APIView):
    def post(self, request):
        serializer = WebhookSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        row = Webhook.objects.create(**data)
        Mirror.objects.create(**MIRROR_DEFAULTS)
        return Response({"id": row.pk})
'''
HOOK_JOBS = '''import requests

from .models import Mirror, Webhook


def deliver(hook_id, payload):
    hook = Webhook.objects.get(pk=hook_id)
    requests.post(hook.target, json=payload, timeout=5)


def sync(mirror_id):
    mirror = Mirror.objects.get(pk=mirror_id)
    requests.post(mirror.target, timeout=5)
'''
PROBE_MODELS = '''from django.db import models


class ProbeSource(models.Model):
    name = models.CharField(max_length=64)
    actions = models.JSONField(default=dict)
    notes = models.JSONField(default=dict)
'''
PROBE_VIEWS = '''from django.shortcuts import get_object_or_404, redirect

from .forms import ActionForm
from .models import ProbeSource


def add_action(request, pk):
    probe = get_object_or_404(ProbeSource, pk=pk)
    form = ActionForm(request.POST)
    if form.is_valid():
        probe.actions = {**probe.actions, "http_post": form.cleaned_data}
        probe.notes = {"url": "https://notes.example.org/"}
        probe.save()
    return redirect("/")
'''
PROBE_TASKS = '''import requests

from .models import ProbeSource


def trigger(probe_pk, event):
    probe = ProbeSource.objects.get(pk=probe_pk)
    http_post = probe.actions.get("http_post")
    if http_post:
        requests.post(http_post["url"], json=event, timeout=10)
    requests.post(probe.notes["url"], json=event, timeout=10)
'''


def test_a_row_a_view_got_under_another_name_stores_what_it_sets(tmp_path: Path):
    _write(tmp_path, {"probes/__init__.py": "", "probes/models.py": PROBE_MODELS, "probes/views.py": PROBE_VIEWS,
                      "probes/forms.py": "class ActionForm:\n    pass\n", "probes/tasks.py": PROBE_TASKS})
    found = [line for line in _findings(tmp_path) if "tasks.py" in line]
    # the notes are the project's constant: clean
    assert len(found) == 1 and "reaches `post` at line 10" in found[0] and "tainted-ssrf" in found[0], found
    assert "stored by probes/views.py, read" in found[0], found


def test_a_row_a_sqlalchemy_session_gets_reads_what_a_request_bound_name_built(tmp_path: Path):
    _write(tmp_path, {"geo/__init__.py": "", "geo/models.py": SHORT_MODELS, "geo/views.py": SHORT_VIEWS})
    found = _findings(tmp_path)
    # the ref is the project's own random one, the note a constant where a row is built with it (the
    # request's `note` is bound in another function): clean
    assert len(found) == 1 and "views.py:25:" in found[0] and "tainted-redirect" in found[0], found
    assert "stored by geo/views.py, read" in found[0], found


def test_a_json_field_a_form_filled_over_several_lines_is_request_data_where_a_task_reads_it(tmp_path: Path):
    _write(tmp_path, {"hub/__init__.py": "", "hub/models.py": INTEGRATION_MODELS, "hub/views.py": INTEGRATION_VIEWS,
                      "hub/forms.py": "class WebhookForm:\n    pass\n", "hub/tasks.py": INTEGRATION_TASKS})
    found = [line for line in _findings(tmp_path) if "tasks.py" in line]
    # the defaults are the project's constant: clean (the flow is told from the read, line 10, to the post)
    assert len(found) == 1 and "tasks.py:10:" in found[0] and "reaches `post` at line 11" in found[0], found
    assert "tainted-ssrf" in found[0] and "stored by hub/views.py, read" in found[0], found


def test_a_serializers_data_splatted_into_a_row_stores_its_text_fields(tmp_path: Path):
    _write(tmp_path, {"hooks/__init__.py": "", "hooks/models.py": HOOK_MODELS, "hooks/api.py": HOOK_API,
                      "hooks/serializers.py": "class WebhookSerializer:\n    pass\n", "hooks/jobs.py": HOOK_JOBS})
    found = [line for line in _findings(tmp_path) if "jobs.py" in line]
    # a mirror is built from the project's defaults: clean
    assert len(found) == 1 and "jobs.py:8:" in found[0] and "tainted-ssrf" in found[0], found
    assert "stored by hooks/api.py, read" in found[0], found
