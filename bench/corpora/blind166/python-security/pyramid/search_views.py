"""Search and profile views for the community site."""
import html
import json

from pyramid.response import Response
from pyramid.view import view_config

from .models import Member, search_posts


@view_config(route_name="search", renderer="templates/search.jinja2")
def search(request):
    q = request.params.get("q", "")
    return {"q": q, "results": search_posts(request.dbsession, q)}


@view_config(route_name="search_inline")
def search_inline(request):
    q = request.params.get("q", "")
    results = search_posts(request.dbsession, q)
    if not results:
        # expect: xss
        return Response(f"<p class='empty'>No posts match <b>{q}</b>.</p>")
    items = "".join(f"<li>{html.escape(p.title)}</li>" for p in results)
    return Response(f"<ul>{items}</ul>")


@view_config(route_name="search_api")
def search_api(request):
    q = request.params.get("q", "")
    body = json.dumps([p.to_dict() for p in search_posts(request.dbsession, q)])
    return Response(body, content_type="application/json")


@view_config(route_name="member_card")
def member_card(request):
    name = request.matchdict["name"]
    member = request.dbsession.query(Member).filter_by(name=name).first()
    if member is None:
        # expect: xss
        request.response.text = "<div class='card missing'>" + name + " has left the community.</div>"
        request.response.status = 404
        return request.response
    request.response.text = f"<div class='card'>{html.escape(member.name)}</div>"
    return request.response


@view_config(route_name="echo_status")
def echo_status(request):
    status = request.params.get("status", "")
    return Response(f"status: {status}", content_type="text/plain")
