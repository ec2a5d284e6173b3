"""Queries behind the operations dashboard."""
from django.db.models import Q

from .models import Deployment, Incident, Invoice, MetricSample


def last_deployment(service):
    # expect: use-earliest-latest
    return Deployment.objects.filter(service=service).order_by("-finished_at")[0]


def first_incident_ever():
    # expect: use-earliest-latest
    return Incident.objects.order_by("opened_at")[0]


def latest_open_invoice(customer):
    # expect: use-earliest-latest
    return Invoice.objects.filter(customer=customer).exclude(status="paid").order_by("-issued_at")[0]


def newest_sample(metric):
    qs = MetricSample.objects.select_related("host").filter(Q(metric=metric) & Q(valid=True))
    # expect: use-earliest-latest
    return qs.order_by("-taken_at")[0]


def last_deployment_v2(service):
    return Deployment.objects.filter(service=service).latest("finished_at")


def recent_incidents(limit=10):
    return Incident.objects.order_by("-opened_at")[:limit]


def oldest_unpaid(customer):
    return Invoice.objects.filter(customer=customer, status="unpaid").order_by("issued_at").first()


def incident_titles():
    titles = list(Incident.objects.values_list("title", flat=True).order_by("title"))
    return titles[0] if titles else None
