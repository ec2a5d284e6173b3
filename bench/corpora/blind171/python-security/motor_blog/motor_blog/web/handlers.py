"""Public pages of the blog."""

from urllib.parse import urlparse

import tornado.escape
import tornado.web

from motor_blog.models import Category, Post


class MotorBlogHandler(tornado.web.RequestHandler):

    def get_current_user(self):
        return self.get_secure_cookie("auth")

    @property
    def db(self):
        return self.settings["db"]


class PostHandler(MotorBlogHandler):

    async def get(self, slug):
        doc = await self.db.posts.find_one({"slug": slug, "status": "publish"})
        if not doc:
            raise tornado.web.HTTPError(404)
        self.render("single.jade", post=Post(**doc))


class SearchHandler(MotorBlogHandler):

    async def get(self):
        q = self.get_argument("q", "")
        cursor = self.db.posts.find({"$text": {"$search": q}, "status": "publish"}).limit(20)
        posts = [Post(**doc) async for doc in cursor]
        self.write(f"<h2>Results for {tornado.escape.xhtml_escape(q)}</h2><ul>")
        for post in posts:
            self.write(f"<li><a href='/blog/{tornado.escape.url_escape(post.slug)}'>"
                       f"{tornado.escape.xhtml_escape(post.title)}</a></li>")
        self.write("</ul>")


class CategoryHandler(MotorBlogHandler):

    async def get(self, slug):
        doc = await self.db.categories.find_one({"slug": slug})
        if not doc:
            # expect: xss
            self.write(f"<p>No category named {slug}</p>")
            return
        self.render("category.jade", category=Category(**doc))


class LoginHandler(MotorBlogHandler):

    def get(self):
        self.render("login.jade", next=self.get_argument("next", "/"))

    def post(self):
        if self.get_argument("password") != self.settings["admin_password"]:
            raise tornado.web.HTTPError(403)
        self.set_secure_cookie("auth", "admin")
        target = self.get_argument("next", "/")
        parsed = urlparse(target)
        if (parsed.netloc or parsed.scheme or not target.startswith("/")
                or target.startswith("//") or "\\" in target):
            target = "/"
        self.redirect(target)


class LogoutHandler(MotorBlogHandler):

    def get(self):
        self.clear_cookie("auth")
        # expect: open-redirect
        self.redirect(self.get_argument("next", "/"))
