"""Dashboard pages of the helpdesk app."""
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.shortcuts import render as render_page
from django.template import Context, Template, loader

from .models import Ticket

SUMMARY = Template("{{ open_count }} open, {{ closed_count }} closed")


@login_required
def overview(request):
    open_count = Ticket.objects.filter(status="open").count()
    closed_count = Ticket.objects.filter(status="closed").count()
    recent = Ticket.objects.order_by("-created")[:10]
    # expect: template-injection
    return render(request, "helpdesk/overview.html", locals())


@login_required
def ticket_detail(request, pk):
    ticket = get_object_or_404(Ticket, pk=pk)
    comments = ticket.comments.select_related("author")
    context = locals()
    # expect: template-injection
    return render_page(request, "helpdesk/ticket.html", context)


@login_required
def summary_line(request):
    open_count = Ticket.objects.filter(status="open").count()
    closed_count = Ticket.objects.filter(status="closed").count()
    # expect: template-injection
    return render(request, "helpdesk/summary.html", context=locals(), status=200)


def stats_fragment(request):
    open_count = Ticket.objects.filter(status="open").count()
    closed_count = Ticket.objects.filter(status="closed").count()
    # expect: template-injection
    return SUMMARY.render(Context(locals()))


@login_required
def queue(request):
    tickets = Ticket.objects.filter(assignee=request.user)
    return render(request, "helpdesk/queue.html", {"tickets": tickets, "user": request.user})


def debug_names(request):
    names = sorted(k for k in locals() if not k.startswith("_"))
    return render(request, "helpdesk/debug.html", {"names": names})


def email_body(ticket):
    tmpl = loader.get_template("helpdesk/email.txt")
    return tmpl.render({"ticket": ticket})
