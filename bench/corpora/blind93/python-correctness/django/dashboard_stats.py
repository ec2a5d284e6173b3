"""Numbers for the staff dashboard (orders, tickets, sign-ups)."""
from datetime import timedelta

from django.utils import timezone

from orders.models import Order
from support.models import Ticket
from accounts.models import Signup


def open_ticket_count(team):
    # expect: use-count
    return len(Ticket.objects.filter(team=team, closed_at__isnull=True))


def weekly_summary(shop):
    since = timezone.now() - timedelta(days=7)
    # expect: use-count
    new_orders = len(Order.objects.filter(shop=shop, created__gte=since).exclude(status="draft"))
    refunds = Order.objects.filter(shop=shop, refunded_at__gte=since).count()
    return {"new_orders": new_orders, "refunds": refunds}


def signup_funnel(campaign):
    stats = {}
    # expect: use-count
    stats["started"] = len(Signup.objects.filter(campaign=campaign).all())
    stats["confirmed"] = Signup.objects.filter(campaign=campaign, confirmed=True).count()
    return stats


def recent_orders_panel(shop, limit=20):
    rows = list(Order.objects.filter(shop=shop).order_by("-created")[:limit])
    # the rows are rendered below, so len() of the list costs no extra query
    return {"rows": rows, "shown": len(rows)}


def stale_tickets(team):
    stale = [t for t in Ticket.objects.filter(team=team) if t.is_stale()]
    return len(stale)
