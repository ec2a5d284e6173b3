"""Forum views, written as MethodViews registered on a blueprint."""
from urllib.parse import urlparse

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, url_for
from flask.views import MethodView
from flask_login import current_user, login_required

from app.forum.services import SearchService, TopicService
from app.utils.helpers import get_param, render_quote, register_view

forum_bp = Blueprint("forum", __name__)


class ViewTopic(MethodView):
    def get(self, slug):
        topic = TopicService().find_by_slug(slug)
        if topic is None:
            abort(404)
        quote = get_param(request, "quote")
        return render_template("forum/topic.html", topic=topic, quote_html=render_quote(quote))


class TaggedTopics(MethodView):
    def get(self):
        tag = get_param(request, "tag", default="announcements")
        topics = TopicService().topics_tagged(tag)
        return render_template("forum/tagged.html", topics=topics, tag=tag)


class RecentTopics(MethodView):
    def get(self, forum_id):
        order = request.args.get("order", "last_post")
        topics = TopicService().recent_in_forum(forum_id, order)
        return render_template("forum/recent.html", topics=topics)


class Search(MethodView):
    def get(self):
        terms = request.args.get("q", "")
        service = SearchService(g.search_scope)
        if request.args.get("legacy"):
            results = service.search_raw_scope(terms)
        else:
            results = service.search(terms)
        return render_template("forum/search.html", results=results, terms=terms)


class MarkRead(MethodView):
    decorators = [login_required]

    def post(self, forum_id):
        current_app.logger.debug("mark read %s for %s", forum_id, current_user.id)
        target = request.form.get("next") or url_for("forum.index")
        # expect: open-redirect
        return redirect(target)


class MarkAllRead(MethodView):
    decorators = [login_required]

    def post(self):
        target = request.form.get("next", "")
        parts = urlparse(target)
        if parts.netloc or parts.scheme or not target.startswith("/") or target.startswith("//") or "\\" in target:
            abort(400)
        return redirect(target)


register_view(forum_bp, routes=["/topic/<slug>"], view_func=ViewTopic.as_view("view_topic"))
register_view(forum_bp, routes=["/tagged"], view_func=TaggedTopics.as_view("tagged"))
register_view(forum_bp, routes=["/<int:forum_id>/recent"], view_func=RecentTopics.as_view("recent"))
register_view(forum_bp, routes=["/search"], view_func=Search.as_view("search"))
register_view(forum_bp, routes=["/<int:forum_id>/markread"], view_func=MarkRead.as_view("markread"))
register_view(forum_bp, routes=["/markread"], view_func=MarkAllRead.as_view("markallread"))
