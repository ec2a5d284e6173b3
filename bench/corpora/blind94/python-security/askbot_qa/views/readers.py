from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render

from askbot_qa.models import thread
from askbot_qa.search.state_manager import SearchState
from askbot_qa.utils import html


def questions(request, **kwargs):
    if request.method != "GET":
        return HttpResponse(status=405)
    search_state = SearchState(user_logged_in=request.user.is_authenticated, **kwargs)
    qs = thread.run_advanced_search(search_state)
    related = thread.related_tags(search_state.raw_tags)
    heading = html.search_heading(search_state.query)
    safe_heading = html.search_heading_escaped(search_state.query)
    return render(request, "main_page.html", {"threads": qs, "related": related, "heading": heading, "safe_heading": safe_heading})


def question(request, id):
    show_answer = request.GET.get("answer")
    post = thread.get_post(int(id))
    if show_answer:
        return HttpResponseRedirect(post.get_absolute_url() + "#post-id-" + str(int(show_answer)))
    return render(request, "question.html", {"post": post})


def widget_preview(request):
    title = request.GET.get("title", "")
    # expect: xss
    return HttpResponse("<h2 class='widget-title'>" + title + "</h2>")
