"""Queries for the dashboard's latest items."""
from django.db.models import Max

from .models import Build, Deployment, Incident, Release


def latest_build():
    # expect: use-latest
    return Build.objects.order_by("-finished_at")[0]


def first_incident(service):
    # expect: use-latest
    return Incident.objects.filter(service=service).order_by("opened_at")[0]


def newest_release(project):
    # expect: use-latest
    return Release.objects.filter(project=project).exclude(draft=True).order_by("-created")[0]


def latest_deployment(env):
    return Deployment.objects.filter(env=env).latest("deployed_at")


def first_build_or_none():
    return Build.objects.order_by("finished_at").first()


def top_three_incidents():
    return list(Incident.objects.order_by("-severity")[:3])


def last_release_date():
    return Release.objects.aggregate(last=Max("created"))["last"]
