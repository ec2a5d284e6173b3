from django import forms
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme

from postorius_lists.auth.decorators import list_owner_required
from postorius_lists.services import templates


class ListHeaderForm(forms.Form):
    digest_header_uri = forms.CharField(max_length=400, required=False)
    description = forms.CharField(max_length=500, required=False)


@list_owner_required
def list_members(request, mlist, role="member"):
    query = request.GET.get("q") or ""
    members = mlist.find_members(query, role=role) if query else mlist.get_member_page(count=25, page=1)
    if not members:
        # expect: xss
        return HttpResponse(f"<p>No {escape(role)} matches <em>{query}</em></p>")
    return render(request, "postorius/lists/members.html", {"list": mlist, "members": members, "query": query})


@list_owner_required
def list_settings(request, mlist):
    form = ListHeaderForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        settings = mlist.settings
        settings["digest_header_uri"] = form.cleaned_data["digest_header_uri"]
        settings["description"] = form.cleaned_data["description"]
        settings.save()
        return redirect("list_settings", list_id=mlist.list_id)
    return render(request, "postorius/lists/settings.html", {"form": form, "list": mlist})


@list_owner_required
def header_preview(request, mlist):
    text = templates.fetch_digest_header(mlist.settings.get("digest_header_uri"))
    checked = templates.fetch_template_checked(mlist.settings.get("digest_header_uri"))
    return render(request, "postorius/lists/header_preview.html", {"text": text, "checked": checked})


@list_owner_required
def remove_role(request, mlist, role, address):
    mlist.remove_role(role, address)
    next_url = request.mlist_next
    if not next_url:
        next_url = reverse("list_members", kwargs={"list_id": mlist.list_id, "role": role})
    # expect: open-redirect
    return HttpResponseRedirect(next_url)


@list_owner_required
def unsubscribe_all(request, mlist):
    for member in mlist.members:
        mlist.unsubscribe(member.email)
    next_url = request.mlist_next
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("list_summary", kwargs={"list_id": mlist.list_id})
    return HttpResponseRedirect(next_url)
