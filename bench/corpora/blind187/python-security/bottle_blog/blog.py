"""Bottle + MongoDB blog: posts, comments, tags, sign-up and login."""
import os
from urllib.parse import urlparse

import bottle
import pymongo

import postDAO
import sessionDAO
import userDAO

connection = pymongo.MongoClient(os.environ.get("MONGO_URL", "mongodb://localhost"))
database = connection.blog
posts = postDAO.PostDAO(database)
users = userDAO.UserDAO(database)
sessions = sessionDAO.SessionDAO(database)
EXPORT_DIR = os.environ.get("BLOG_EXPORT_DIR", "/var/lib/blog/exports")


def current_user():
    return sessions.get_username(bottle.request.cookies.get("session"))


@bottle.route("/")
def blog_index():
    return bottle.template("blog_template", dict(myposts=posts.get_posts(10), username=current_user()))


@bottle.get("/post/<permalink>")
def show_post(permalink="notfound"):
    post = posts.get_post_by_permalink(bottle.html_escape(permalink))
    if post is None:
        bottle.redirect("/post_not_found")
    return bottle.template("entry_template", dict(post=post, username=current_user(), errors="", comment={}))


@bottle.get("/post/<permalink>/comments.html")
def comments_fragment(permalink):
    """Comment list loaded by the post page's script."""
    post = posts.get_post_by_permalink(permalink) or {"comments": []}
    # expect: xss
    return bottle.template("% for c in comments:\n<p><b>{{!c['author']}}</b>: {{!c['body']}}</p>\n% end\n", comments=post["comments"])


@bottle.get("/tag/<tag>")
def posts_by_tag(tag="notfound"):
    return bottle.template("blog_template", dict(myposts=posts.get_posts_by_tag(tag, 10), username=current_user()))


@bottle.post("/newcomment")
def post_new_comment():
    name = bottle.request.forms.getunicode("commentName", "")
    body = bottle.request.forms.getunicode("commentBody", "")
    permalink = bottle.request.forms.getunicode("permalink", "")
    if not name or not body:
        bottle.redirect("/post/" + bottle.html_quote(permalink))
    posts.add_comment(permalink, name, body)
    bottle.redirect("/post/" + permalink)


@bottle.get("/welcome")
def present_welcome():
    username = current_user()
    if username is None:
        bottle.redirect("/signup")
    target = bottle.request.query.getunicode("next", "/")
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or not target.startswith("/"):
        target = "/"
    bottle.redirect(target)


@bottle.get("/goto")
def go_to_link():
    """Outbound link counter for links in posts."""
    url = bottle.request.query.getunicode("u", "/")
    posts.count_click(url)
    # expect: open-redirect
    bottle.redirect(url)


@bottle.get("/export/<name>")
def download_export(name):
    return bottle.static_file(name, root=EXPORT_DIR, download=True)


@bottle.get("/export")
def download_export_legacy():
    name = bottle.request.query.getunicode("file", "")
    bottle.response.content_type = "application/json"
    # expect: path-traversal
    with open(os.path.join(EXPORT_DIR, name), "rb") as fh:
        return fh.read()


if __name__ == "__main__":
    bottle.debug(os.environ.get("BLOG_DEBUG") == "1")
    bottle.run(host=os.environ.get("BLOG_HOST", "127.0.0.1"), port=8082)
