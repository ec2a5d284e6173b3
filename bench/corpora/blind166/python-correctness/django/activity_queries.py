"""Queries behind the account activity sidebar."""
from django.db.models import Count

from .models import Event, Invoice, LoginAttempt, Subscription


def last_event(account):
    # expect: use-latest
    return Event.objects.filter(account=account).order_by("-created")[0]


def last_event_or_none(account):
    return Event.objects.filter(account=account).order_by("-created").first()


def most_recent_login(account):
    return LoginAttempt.objects.filter(account=account, success=True).latest("created")


def next_invoice_due(account):
    # expect: use-latest
    return Invoice.objects.filter(account=account, paid=False).order_by("due_date")[0]


def oldest_subscription():
    # expect: use-latest
    return Subscription.objects.order_by("started")[0]


def recent_events(account, limit=10):
    return list(Event.objects.filter(account=account).order_by("-created")[:limit])


def busiest_day(account):
    rows = (
        Event.objects.filter(account=account)
        .values("created__date")
        .annotate(n=Count("id"))
        .order_by("-n")
    )
    return rows[0]["created__date"] if rows else None


def first_invoice(account):
    return Invoice.objects.filter(account=account).earliest("issued")
