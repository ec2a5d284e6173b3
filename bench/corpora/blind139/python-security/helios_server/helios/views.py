"""Helios election views (admin pages and voter search)."""
import bleach
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.safestring import mark_safe

from helios import tasks
from helios.models import Election, Voter
from helios.security import election_admin, election_view
from helios.view_utils import render_template

ALLOWED_TAGS = ["p", "b", "i", "ul", "li", "a", "br"]


@election_admin()
def voters_email(request, election):
    subject = request.POST.get("subject", "")
    body = request.POST.get("body", "")
    custom_subject = request.POST.get("custom_subject") == "on"
    tasks.voters_email.delay(
        election_id=election.id,
        subject_template="email/vote_subject.txt",
        body_template="email/vote_body.txt",
        extra_vars={"custom_subject": subject, "custom_message": body},
        subject_is_template=custom_subject,
    )
    return HttpResponseRedirect(reverse("election@view", args=[election.uuid]))


@election_admin()
def voters_search(request, election):
    q = request.GET.get("q", "")
    if request.GET.get("exact"):
        voters = Voter.objects.filter(election=election, voter_email=q)
    else:
        # expect: sql-injection
        voters = Voter.objects.filter(election=election).extra(where=[f"voter_name LIKE '%%{q}%%'"])
    return render_template(request, "voters_list", {"election": election, "voters": voters})


@election_admin()
def voters_search_safe(request, election):
    q = request.GET.get("q", "")
    voters = Voter.objects.filter(election=election).extra(where=["voter_name LIKE %s"], params=[f"%{q}%"])
    return render_template(request, "voters_list", {"election": election, "voters": voters})


@election_admin()
def one_election_set_description(request, election):
    election.description = request.POST.get("description", "")
    election.save()
    return HttpResponseRedirect(reverse("election@view", args=[election.uuid]))


@election_view()
def one_election_view(request, election):
    description = mark_safe(bleach.clean(election.description, tags=ALLOWED_TAGS, strip=True))
    return render_template(request, "election_view", {"election": election, "description": description})


@election_view()
def one_election_embed(request, election):
    # expect: xss
    return HttpResponse(mark_safe(f"<div class=\"helios-embed\"><h2>{election.name}</h2>{election.description}</div>"))
