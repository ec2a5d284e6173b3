"""Helpers used by the dashboard views to find the newest/oldest records."""
from django.shortcuts import get_object_or_404, render

from .models import AuditEvent, Deployment, Invoice, LoginAttempt, Service


def last_login(user):
    # expect: use-latest
    return LoginAttempt.objects.filter(user=user, success=True).order_by("-created_at")[0]


def first_invoice(account_id):
    # expect: use-latest
    return Invoice.objects.order_by("issued_at")[0]


def current_deployment(service):
    return (
        Deployment.objects.filter(service=service)
        .exclude(status="rolled_back")
        # expect: use-latest
        .order_by("-finished_at")[0]
    )


class AuditTrail:
    def __init__(self, obj):
        self.obj = obj

    def latest_event(self):
        events = AuditEvent.objects.filter(object_id=self.obj.pk)
        # expect: use-latest
        return events.order_by("-timestamp")[0]


def dashboard(request, service_id):
    service = get_object_or_404(Service, pk=service_id)
    newest = Deployment.objects.filter(service=service).latest("finished_at")
    oldest = Deployment.objects.filter(service=service).order_by("finished_at").first()
    recent = Deployment.objects.filter(service=service).order_by("-finished_at")[:10]
    return render(request, "dashboard.html", {"newest": newest, "oldest": oldest, "recent": recent})


def slowest(deployments):
    ranked = sorted(deployments, key=lambda d: d.duration, reverse=True)
    return ranked[0]
