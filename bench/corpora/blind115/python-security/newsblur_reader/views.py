from django.contrib.auth import login as login_user
from django.http import HttpResponseRedirect
from django.shortcuts import render

from .forms import LoginForm
from .importer import OPMLImporter
from .models import Feed, MSharedStory, MStory, UserSubscription
from .utils import ajax_login_required, get_argument_or_404, json_view


@ajax_login_required
@json_view
def add_url(request):
    url = get_argument_or_404(request, "url")
    folder = request.POST.get("folder", "")
    code, message, us = UserSubscription.add_subscription(user=request.user, feed_address=url, folder=folder)
    return {"code": code, "message": message}


@ajax_login_required
@json_view
def opml_upload(request):
    xml_opml = request.FILES["file"].read()
    importer = OPMLImporter(xml_opml, request.user)
    folders = importer.process()
    return {"folders": folders}


@json_view
def search_feed(request):
    address = request.GET.get("address", "")
    offset = int(request.GET.get("offset", 0))
    return {"feeds": Feed.search_by_address(address, offset)}


def login(request):
    form = LoginForm(request.POST or None)
    next_page = request.POST.get("next", "") or request.GET.get("next", "/")
    if form.is_valid():
        login_user(request, form.get_user())
        # expect: open-redirect
        return HttpResponseRedirect(next_page)
    return render(request, "accounts/login.html", {"form": form, "next": "/"})


def story_page(request, story_hash):
    story = MStory.get_by_hash(story_hash)
    return render(request, "reader/story.html", {"story_content": story.rendered_content(), "title": story.story_title})


@ajax_login_required
@json_view
def mark_story_as_shared(request):
    story_hash = get_argument_or_404(request, "story_hash")
    comments = request.POST.get("comments", "")
    shared = MSharedStory.objects.create(user=request.user, story_hash=story_hash, comments=comments)
    return {"code": 1, "comment_html": shared.comments_html()}
