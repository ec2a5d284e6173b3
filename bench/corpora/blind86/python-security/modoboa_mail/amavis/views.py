"""Quarantine pages (the amavis extension): list, release, back to the list."""
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme

from modoboa_mail.amavis import sql_connector


def _listing_params(request):
    params = {
        "criteria": request.GET.get("criteria", "from_addr"),
        "pattern": request.GET.get("pattern", ""),
        "msgtype": request.GET.get("msgtype") or None,
    }
    request.session["quarantine_navparams"] = params
    return params


def quarantine(request):
    params = _listing_params(request)
    rows = sql_connector.get_connector(request.user).get_mails(params)
    return JsonResponse({"rows": rows})


def release(request, mail_id):
    sql_connector.get_connector(request.user).set_msgrcpt_status(mail_id, request.POST.get("rcpt", ""), "R")
    back = request.session.get("quarantine_navparams", {}).get("back", "")
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return HttpResponseRedirect(back)
    return HttpResponseRedirect("/quarantine/")
