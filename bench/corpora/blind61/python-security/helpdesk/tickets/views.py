import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape
from django.views.generic import FormView

from .forms import ReplyForm, TicketForm, TicketSearchForm
from .models import Attachment, Ticket
from .utils import highlight, highlight_escaped, signature_block

log = logging.getLogger("helpdesk")
SORTABLE = {"created": "t.created DESC", "subject": "t.subject ASC", "status": "t.status ASC"}


@login_required
def ticket_list(request):
    form = TicketSearchForm(request.GET or None)
    tickets = []
    term = ""
    if form.is_valid():
        data = form.cleaned_data
        term = data["q"]
        sql = "SELECT t.id, t.subject, t.status FROM tickets_ticket t JOIN tickets_queue q ON q.id = t.queue_id WHERE q.slug = %s"
        params = [request.queue_slug]
        if data["submitter"]:
            sql += " AND t.submitter_email = '" + data["submitter"] + "'"
        if data["status"]:
            sql += " AND t.status = %s"
            params.append(data["status"])
        sql += " ORDER BY " + request.sort_column
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(sql, params)
            tickets = [{"id": r[0], "subject": highlight(r[1], term), "status": r[2]} for r in cursor.fetchall()]
    return render(request, "tickets/list.html", {"form": form, "tickets": tickets})


@login_required
def ticket_list_checked(request):
    form = TicketSearchForm(request.GET or None)
    tickets = Ticket.objects.none()
    term = ""
    if form.is_valid():
        data = form.cleaned_data
        term = data["q"]
        order = SORTABLE.get(request.sort_column, SORTABLE["created"])
        sql = (
            "SELECT t.* FROM tickets_ticket t JOIN tickets_queue q ON q.id = t.queue_id "
            "WHERE q.slug = %s AND (%s = '' OR t.submitter_email = %s) ORDER BY " + order
        )
        tickets = Ticket.objects.raw(sql, [request.queue_slug, data["submitter"], data["submitter"]])
    rows = [{"id": t.id, "subject": highlight_escaped(t.subject, term), "status": t.status} for t in tickets]
    return render(request, "tickets/list.html", {"form": form, "tickets": rows})


class TicketCreateView(FormView):
    template_name = "tickets/new.html"
    form_class = TicketForm

    def form_valid(self, form):
        ticket = form.save(commit=False)
        ticket.queue_id = 1
        ticket.save()
        log.info("ticket %s created", ticket.pk)
        return HttpResponseRedirect(f"/tickets/{ticket.pk}/")


@login_required
def reply_preview(request, pk):
    ticket = get_object_or_404(Ticket, pk=pk)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        return HttpResponse(status=400)
    message = form.cleaned_data["message"]
    html = "<div class='reply'><p>" + escape(message) + "</p>"
    html += str(signature_block(form.cleaned_data["signature"]))
    html += "<p class='meta'>Re: " + escape(ticket.subject) + "</p></div>"
    return HttpResponse(html)


@login_required
def reply_preview_raw(request, pk):
    form = ReplyForm(request.POST)
    if not form.is_valid():
        return HttpResponse(status=400)
    body = f"<div class='reply'>{form.cleaned_data['message']}</div>"
    # expect: xss
    return HttpResponse(body)


@login_required
def attachment_download(request, pk):
    attachment = get_object_or_404(Attachment, pk=pk)
    return FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.filename)


@login_required
def attachment_by_name(request):
    name = request.GET.get("name", "")
    path = os.path.join(settings.MEDIA_ROOT, "attachments", name)
    if not os.path.exists(path):
        raise Http404
    # expect: path-traversal
    return FileResponse(open(path, "rb"), as_attachment=True)
