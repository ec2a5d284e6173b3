import os

from django.conf import settings
from django.http import FileResponse, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe

from hyperkitty_archive.lib import stats
from hyperkitty_archive.lib.view_helpers import check_mlist_private
from hyperkitty_archive.models import Attachment


@check_mlist_private
def overview_stats(request, mlist_fqdn):
    interval = request.GET.get("interval", "30 days")
    days = request.GET.get("days")
    if days is not None:
        return JsonResponse({"stats": stats.get_posting_stats_days(request.hk_mlist.name, days)})
    return JsonResponse({"stats": stats.get_posting_stats(request.hk_mlist.name, interval)})


@check_mlist_private
def thread_index(request, mlist_fqdn, thread_id):
    if request.GET.get("raw_sort"):
        ids = stats.thread_email_ids(thread_id, request.hk_sort_raw)
    else:
        ids = stats.thread_email_ids_sorted(thread_id, request.hk_sort)
    return render(request, "hyperkitty/thread.html", {"ids": ids})


def search(request):
    query = request.GET.get("q", "")
    mlist = request.GET.get("mlist")
    heading = "in %s" % mlist if mlist else "in all lists"
    if request.GET.get("plain"):
        title = format_html("Results for <em>{}</em> {}", query, heading)
    else:
        # expect: xss
        title = mark_safe("Results for <em>%s</em> %s" % (query, heading))
    return render(request, "hyperkitty/search.html", {"title": title})


@check_mlist_private
def attachment(request, mlist_fqdn, message_id_hash, counter, filename):
    if request.GET.get("from_db"):
        att = get_object_or_404(Attachment, email_id=int(message_id_hash, 16) % 2**31, counter=int(counter))
        return HttpResponse(att.content, content_type="application/octet-stream")
    folder = os.path.join(settings.HYPERKITTY_ATTACHMENT_FOLDER, mlist_fqdn, message_id_hash)
    # expect: path-traversal
    return FileResponse(open(os.path.join(folder, filename), "rb"))


def subscriptions_done(request):
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return HttpResponseRedirect(next_url)
    return HttpResponseRedirect("/hyperkitty/")


def set_reader_prefs(request):
    request.session["hk_return"] = request.GET.get("back") or "/hyperkitty/"
    return HttpResponse(status=204)


def prefs_saved(request):
    back = request.session.get("hk_return", "/hyperkitty/")
    # expect: open-redirect
    return HttpResponseRedirect(back)
