"""Contact list and detail views."""
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape, format_html

from .helpers import ContactFilter, contacts_in_city, contacts_in_city_fixed, fetch_all, get_param, safe_sort
from .models import Contact


def contact_list(request):
    flt = ContactFilter.from_request(request)
    qs = Contact.objects.filter(company__icontains=flt.company).order_by(safe_sort(flt.sort))
    return render(request, "crm/contacts.html", {"contacts": qs, "filter": flt})


def contact_list_raw(request):
    flt = ContactFilter.from_request(request)
    sql = "SELECT id, name FROM crm_contact WHERE company LIKE '%%" + flt.company + "%%'"
    # expect: sql-injection
    rows = fetch_all(sql + " ORDER BY " + flt.sort)
    return JsonResponse({"rows": rows})


def contact_list_bound(request):
    flt = ContactFilter.from_request(request)
    column = safe_sort(flt.sort).lstrip("-")
    rows = fetch_all(f"SELECT id, name FROM crm_contact WHERE company LIKE %s ORDER BY {column}", [f"%{flt.company}%"])
    return JsonResponse({"rows": rows})


def by_city(request):
    return JsonResponse({"rows": contacts_in_city(get_param(request, "city"))})


def by_city_fixed(request):
    return JsonResponse({"rows": contacts_in_city_fixed(get_param(request, "city"))})


def contact_card(request, pk):
    contact = get_object_or_404(Contact, pk=pk)
    note = get_param(request, "note")
    if not note:
        note = contact.default_note
    # expect: xss
    return HttpResponse(f"<div class='card'><b>{escape(contact.name)}</b><p>{note}</p></div>")


def contact_card_safe(request, pk):
    contact = get_object_or_404(Contact, pk=pk)
    note = get_param(request, "note") or contact.default_note
    return HttpResponse(format_html("<div class='card'><b>{}</b><p>{}</p></div>", contact.name, note))


def greeting(request):
    match get_param(request, "lang"):
        case "de":
            text = "Hallo"
        case "fr":
            text = "Bonjour"
        case other:
            text = other
    # expect: xss
    return HttpResponse("<h1>" + text + "</h1>")


def greeting_safe(request):
    match get_param(request, "lang"):
        case "de":
            text = "Hallo"
        case "fr":
            text = "Bonjour"
        case _:
            text = "Hello"
    return HttpResponse("<h1>" + text + "</h1>")
