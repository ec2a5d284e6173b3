import logging
import mimetypes

from pyramid.httpexceptions import HTTPNotFound
from pyramid.renderers import render_to_response
from pyramid.response import FileResponse, Response
from pyramid.view import view_config

from ..models import find_by_slug, search_posts
from ..rendering import render_markdown
from ..themes import checked_asset_path, layout_template, theme_asset_path

log = logging.getLogger("cms.posts")


@view_config(route_name="post")
def show_post(request):
    post = find_by_slug(request.dbsession, request.matchdict["slug"])
    if post is None:
        raise HTTPNotFound()
    theme = request.environ.get("cms.theme", "classic")
    return render_to_response(
        layout_template(theme),
        {"post": post, "body": render_markdown(post.body_md)},
        request=request,
    )


@view_config(route_name="post_search", renderer="cms:templates/search.jinja2")
def search(request):
    term = request.params.get("q", "")
    author = request.params.get("author")
    posts = search_posts(request.dbsession, term, author)
    return {"posts": posts, "term": term}


@view_config(route_name="theme_asset")
def theme_asset(request):
    theme = request.environ.get("cms.theme") or request.matchdict["theme"]
    path = theme_asset_path(theme, request.matchdict["asset"])
    content_type, _ = mimetypes.guess_type(path)
    # expect: path-traversal
    return FileResponse(path, request=request, content_type=content_type or "application/octet-stream")


@view_config(route_name="theme_asset", request_param="checked=1")
def theme_asset_checked(request):
    path = checked_asset_path(request.matchdict["theme"], request.matchdict["asset"])
    if path is None:
        raise HTTPNotFound()
    return FileResponse(path, request=request)


@view_config(route_name="feed")
def feed(request):
    title = request.params.get("title", "Latest posts")
    body = "<?xml version='1.0'?><rss version='2.0'><channel><title>"
    body += title
    body += "</title></channel></rss>"
    # expect: xss
    return Response(body, content_type="text/html")
