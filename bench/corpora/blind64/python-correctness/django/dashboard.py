"""Numbers for the staff dashboard."""
from datetime import timedelta

from django.shortcuts import render
from django.utils import timezone

from .models import Invite, Order, Ticket, User


def dashboard(request):
    since = timezone.now() - timedelta(days=7)
    # expect: use-count
    open_orders = len(Order.objects.filter(status="open"))
    # expect: use-count
    stale_tickets = len(Ticket.objects.filter(updated_at__lt=since).exclude(state="closed"))
    # expect: use-count
    staff = len(User.objects.all())
    latest = list(Order.objects.order_by("-created_at")[:10])
    return render(request, "staff/dashboard.html", {
        "open_orders": open_orders,
        "stale_tickets": stale_tickets,
        "staff": staff,
        "latest": latest,
        "latest_total": sum(o.total for o in latest),
        "latest_count": len(latest),
    })


class InviteStats:
    def __init__(self, team):
        self.team = team

    def pending(self):
        # expect: use-count
        return len(Invite.objects.filter(team=self.team, accepted_at__isnull=True).only("id"))

    def already_invited(self, email):
        # expect: use-count
        if len(Invite.objects.filter(team=self.team, email__iexact=email)) > 0:
            return True
        return False

    def accepted(self):
        return Invite.objects.filter(team=self.team, accepted_at__isnull=False).count()

    def has_any(self):
        return Invite.objects.filter(team=self.team).exists()


def weekly_report(request):
    orders = list(Order.objects.filter(created_at__gte=timezone.now() - timedelta(days=7)))
    rows = [(o.pk, o.total) for o in orders]
    return render(request, "staff/weekly.html", {"rows": rows, "n": len(orders)})
