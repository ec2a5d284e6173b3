"""
Channel pages: the channel list and the tail of a channel's log.
"""
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.html import escape

from evennia.comms.models import ChannelDB

from web.utils.logs import read_channel_log, tail_log_file


@login_required
def channel_list(request):
    channels = [c for c in ChannelDB.objects.all() if c.access(request.user, "listen")]
    return render(request, "website/channel_list.html", {"channels": channels})


@login_required
def channel_log(request, slug):
    lines = int(request.GET.get("lines", 50))
    logfile = request.GET.get("logfile") or "channel_%s.log" % slug
    return HttpResponse("\n".join(tail_log_file(logfile, lines)), content_type="text/plain")


@login_required
def channel_log_checked(request, slug):
    channel = ChannelDB.objects.filter(db_key__iexact=slug).first()
    if channel is None or not channel.access(request.user, "listen"):
        raise Http404("Channel not found")
    lines = min(int(request.GET.get("lines", 50)), 500)
    messages = read_channel_log(channel.get_log_filename(), lines)
    body = "".join("<li>%s</li>" % escape(m) for m in messages)
    return HttpResponse("<ul class='log'>%s</ul>" % body)
