"""Article views: reading view, raw view of the crawled content, search."""
from bleach import clean
from flask import Blueprint, Response, render_template, request
from flask_login import current_user, login_required
from markupsafe import Markup, escape

from newspipe.controllers import ArticleController

article_bp = Blueprint("article", __name__, url_prefix="/article")
articles_bp = Blueprint("articles", __name__, url_prefix="/articles")

ALLOWED_TAGS = ["a", "b", "blockquote", "br", "code", "em", "i", "img", "li", "ol", "p", "pre",
                "strong", "ul"]
ALLOWED_ATTRIBUTES = {"a": ["href", "title"], "img": ["src", "alt"]}


def clean_content(html):
    return clean(html or "", tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, strip=True)


@article_bp.route("/<int:article_id>")
@login_required
def article(article_id):
    art = ArticleController(current_user.id).get(id=article_id)
    content = Markup(clean_content(art.content))
    return render_template("article.html", article=art, content=content)


@article_bp.route("/<int:article_id>/raw")
@login_required
def article_raw(article_id):
    """Show the content as the crawler stored it, for debugging feeds."""
    art = ArticleController(current_user.id).get(id=article_id)
    # expect: xss
    return Response(f"<html><head><title>{art.title}</title></head><body>{art.content}</body></html>", mimetype="text/html")


@article_bp.route("/<int:article_id>/source")
@login_required
def article_source(article_id):
    art = ArticleController(current_user.id).get(id=article_id)
    body = f"<html><body><h1>{escape(art.title)}</h1><pre>{escape(art.content)}</pre></body></html>"
    return Response(body, mimetype="text/html")


@articles_bp.route("/search")
@login_required
def search():
    query = request.args.get("query", "")
    articles = ArticleController(current_user.id).search(query)
    return render_template("search.html", articles=articles, query=query)
