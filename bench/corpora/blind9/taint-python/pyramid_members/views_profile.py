# library: Pyramid (Response bodies)
"""Member profile views."""
import html

from pyramid.response import Response
from pyramid.view import view_config


@view_config(route_name="profile", renderer="templates/profile.jinja2")
def profile(request):
    return {"member": request.matchdict["handle"]}


@view_config(route_name="profile_badge")
def profile_badge(request):
    handle = request.matchdict["handle"]
    # expect: xss
    return Response(f"<span class='badge'>@{handle}</span>")


@view_config(route_name="profile_badge_safe")
def profile_badge_safe(request):
    return Response(f"<span class='badge'>@{html.escape(request.matchdict['handle'])}</span>")


@view_config(route_name="search_hint")
def search_hint(request):
    q = request.params.get("q", "")
    # expect: xss
    return Response(body="<p>No results for <b>" + q + "</b></p>", content_type="text/html")


@view_config(route_name="search_hint_text")
def search_hint_text(request):
    return Response(text="No results for " + request.params.get("q", ""), content_type="text/plain")


@view_config(route_name="bio")
def bio(request):
    resp = Response()
    # expect: xss
    resp.text = "<div class='bio'>%s</div>" % request.POST["bio"]
    return resp
