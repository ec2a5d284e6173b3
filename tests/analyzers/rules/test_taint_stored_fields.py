"""Model fields one request stores and a later one reads (issue 31): a view sets
`event.notification_text = request.POST.get(...)` and a Celery task of another module renders
`Template(event.notification_text)`; a Django `ModelForm` or DRF `ModelSerializer` lists the model's
field, so what the user typed is saved there; a view builds `Project(version_url=form.version_url.data)`
and a checker fetches `project.version_url`. The reading modules never see the request: the flow was
lost. Their twins read a field nothing stores from a request (a number, a field the form does not
list, a row the project fills itself) and stay quiet. Real CLI, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# (the real CLI over files written to a directory, as the request-state tests run it)
from tests.analyzers.rules.test_taint_request_state_python import _findings, _write

EVENT_MODELS = '''from django.db import models


class Event(models.Model):
    title = models.CharField(max_length=254)
    notification_text = models.TextField(blank=True)
    footer_text = models.TextField(blank=True)
    seats = models.IntegerField(default=0)
'''
EVENT_VIEWS = '''from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from .models import Event
from .tasks import send_signup_mail


def update_notification(request, pk):
    event = get_object_or_404(Event, pk=pk)
    event.notification_text = request.POST.get("notification_text", "")
    event.seats = int(request.POST.get("seats", "0"))
    event.save()
    send_signup_mail.delay(event.pk)
    return HttpResponse("saved")
'''
EVENT_TASKS = '''from celery import shared_task
from django.core.mail import send_mail
from django.template import Context, Template

from .models import Event


@shared_task
def send_signup_mail(event_pk):
    event = Event.objects.get(pk=event_pk)
    body = Template(event.notification_text).render(Context({"event": event}))
    footer = Template(event.footer_text).render(Context({"event": event}))
    send_mail("Signup", body + footer, None, ["planning@example.org"])
'''
MAIL_MODELS = '''from django.db import models
from django.template import engines


class MailTemplate(models.Model):
    subject = models.CharField(max_length=200)
    text = models.TextField()
    signature = models.TextField()

    def to_html_preview(self, context):
        return engines["django"].from_string(self.text).render(context)

    def signature_preview(self, context):
        return engines["django"].from_string(self.signature).render(context)
'''
MAIL_FORMS = '''from django import forms

from .models import MailTemplate


class MailTemplateForm(forms.ModelForm):
    class Meta:
        model = MailTemplate
        fields = ["subject", "text"]
'''
PROJECT_MODELS = '''from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Project(Base):
    __tablename__ = "projects"
    id = Column(Integer, primary_key=True)
    version_url = Column(String(200))
    homepage = Column(String(200))
'''
PROJECT_UI = '''from flask import Blueprint, redirect

from .forms import ProjectForm
from .models import Project

bp = Blueprint("ui", __name__)


@bp.route("/project/new", methods=["POST"])
def new_project():
    form = ProjectForm()
    project = Project(version_url=form.version_url.data, homepage="https://example.org")
    return redirect("/")
'''
PROJECT_CHECKS = '''import requests


def check(project):
    page = requests.get(project.version_url, timeout=60).text
    home = requests.get(project.homepage, timeout=60).text
    return page + home
'''


def test_a_field_a_view_sets_from_the_request_is_request_data_where_a_task_reads_it(tmp_path: Path):
    _write(tmp_path, {"events/__init__.py": "", "events/models.py": EVENT_MODELS, "events/views.py": EVENT_VIEWS,
                      "events/tasks.py": EVENT_TASKS})
    found = [line for line in _findings(tmp_path) if "tasks.py" in line]
    # footer_text is never stored from a request: clean
    assert len(found) == 1 and "tasks.py:11" in found[0] and "tainted-template" in found[0], found
    assert "stored by events/views.py, read" in found[0], found


def test_a_model_form_stores_the_fields_it_lists(tmp_path: Path):
    _write(tmp_path, {"office/__init__.py": "", "office/models.py": MAIL_MODELS, "office/forms.py": MAIL_FORMS})
    found = _findings(tmp_path)
    # `signature` is not among the form's fields: clean
    assert len(found) == 1 and "models.py:11" in found[0] and "tainted-template" in found[0], found
    assert "stored by office/forms.py, read" in found[0], found


def test_a_row_built_with_a_form_field_stores_it(tmp_path: Path):
    _write(tmp_path, {"monitor/__init__.py": "", "monitor/models.py": PROJECT_MODELS, "monitor/ui.py": PROJECT_UI,
                      "monitor/forms.py": "class ProjectForm:\n    pass\n", "monitor/checks.py": PROJECT_CHECKS})
    found = [line for line in _findings(tmp_path) if "checks.py" in line]
    # the homepage is the project's own constant: clean
    assert len(found) == 1 and "checks.py:5" in found[0] and "tainted-ssrf" in found[0], found


def test_nothing_stored_from_a_request_leaves_the_reads_clean(tmp_path: Path):
    """The same models and readers without the writers: nothing is reported."""
    _write(tmp_path, {"events/__init__.py": "", "events/models.py": EVENT_MODELS, "events/tasks.py": EVENT_TASKS,
                      "office/__init__.py": "", "office/models.py": MAIL_MODELS,
                      "monitor/__init__.py": "", "monitor/models.py": PROJECT_MODELS, "monitor/checks.py": PROJECT_CHECKS})
    assert _findings(tmp_path) == []


HOOK_MODELS = '''from django.db import models


class Webhook(models.Model):
    target = models.URLField()
    label = models.CharField(max_length=80)
    secret_name = models.CharField(max_length=80)
'''
HOOK_API = '''from rest_framework.response import Response
from rest_framework.views import APIView

from . import models
from .serializers import WebhookSerializer


class WebhookCreate(APIView):
    def post(self, request):
        serializer = WebhookSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        row = models.Webhook.objects.create(target=serializer.validated_data["target"], secret_name="default")
        return Response({"id": row.pk})
'''
HOOK_JOBS = '''import requests
from django.shortcuts import get_object_or_404

from .models import Webhook


def deliver(hook_id, payload):
    hook = Webhook.objects.get(pk=hook_id)
    requests.post(hook.target, json=payload, timeout=5)
    requests.post("https://vault.example.org/" + hook.secret_name, timeout=5)


def preview(request, hook_id):
    found = get_object_or_404(Webhook, pk=hook_id)
    return requests.head(found.target, timeout=5).status_code
'''
CHECK_MODELS = '''import subprocess

from django.db import models


class BaseCheck(models.Model):
    address = models.CharField(max_length=255)

    class Meta:
        abstract = True


class PingCheck(BaseCheck):
    def run(self):
        return subprocess.call("ping -c 1 " + self.address, shell=True)


class TraceCheck(BaseCheck):
    def run(self):
        return subprocess.call("traceroute " + self.address, shell=True)
'''
CHECK_FORMS = '''from django import forms

from .models import PingCheck


class PingCheckForm(forms.ModelForm):
    class Meta:
        model = PingCheck
        fields = ["address"]
'''


def test_a_row_got_by_the_models_manager_under_another_name_reads_what_a_serializer_stored(tmp_path: Path):
    """`models.Webhook.objects.create(target=serializer.validated_data[...])` stores the request's URL;
    a job gets the row as `hook`, a view as `found` (get_object_or_404): both fetch it."""
    _write(tmp_path, {"hooks/__init__.py": "", "hooks/models.py": HOOK_MODELS, "hooks/api.py": HOOK_API,
                      "hooks/serializers.py": "class WebhookSerializer:\n    pass\n", "hooks/jobs.py": HOOK_JOBS})
    found = [line for line in _findings(tmp_path) if "jobs.py" in line]
    # the secret's name is the project's constant: clean
    assert len(found) == 2 and any("jobs.py:9:" in line for line in found) and any("jobs.py:15:" in line for line in found), found
    assert all("tainted-ssrf" in line and "stored by hooks/api.py, read" in line for line in found), found


def test_an_abstract_models_field_is_stored_through_the_subclass_a_form_lists(tmp_path: Path):
    _write(tmp_path, {"checks/__init__.py": "", "checks/models.py": CHECK_MODELS, "checks/forms.py": CHECK_FORMS})
    found = _findings(tmp_path)
    # no form stores a TraceCheck's address: clean
    assert len(found) == 1 and "models.py:15" in found[0] and "tainted-command" in found[0], found


DEVICE_MODELS = '''from django.db import models


class Device(models.Model):
    name = models.CharField(max_length=64)
    mac_address = models.CharField(max_length=17)
    management_ip = models.CharField(max_length=128, blank=True)
'''
DEVICE_SERIALIZERS = '''from rest_framework import serializers

from .models import Device


class DeviceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Device
        fields = ["id", "name", "mac_address", "management_ip"]
'''
DEVICE_TASKS = '''import subprocess

from celery import shared_task

from .models import Device


@shared_task
def ping_device(device_pk):
    device = Device.objects.get(pk=device_pk)
    target = device.management_ip or device.name
    return subprocess.call(f"fping -c 3 -q {target}", shell=True)
'''


@pytest.mark.slow  # (four interpreters: over the fast tier's budget of processes)
def test_a_flow_of_two_stored_fields_is_told_the_same_in_every_run(tmp_path: Path):
    """Two stored fields read in one line: the message names the first in the text, whatever order the
    process's string hashing gives the fields (it named either, run to run)."""
    _write(tmp_path, {"devices/__init__.py": "", "devices/models.py": DEVICE_MODELS,
                      "devices/serializers.py": DEVICE_SERIALIZERS, "devices/tasks.py": DEVICE_TASKS})
    told = set()
    for seed in ("0", "1", "2", "3"):
        run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "text", "--select",
                              "python/security", str(tmp_path)], check=False, capture_output=True, text=True,
                             timeout=300, env={**os.environ, "PYTHONHASHSEED": seed})
        told.update(line for line in run.stdout.splitlines() if "tainted-" in line)
    assert len(told) == 1 and "tasks.py:11" in next(iter(told)), told
    assert "(`device.management_ip`)" in next(iter(told)), told
