from tornado import web

from ..base import BaseHandler
from ..render import render_notebook, title_html, title_html_escaped


class URLHandler(BaseHandler):
    async def get(self, secure, netloc, url):
        proto = "http" + secure
        remote_url = "{}://{}/{}".format(proto, netloc, self.quoted_path(url))
        if self.get_query_argument("strict", None):
            response = await self.fetch_public(remote_url)
        else:
            response = await self.fetch(remote_url)
        body = render_notebook(response.body.decode("utf-8"))
        title = self.get_query_argument("title", url)
        self.finish(title_html(title) + title_html_escaped(title) + body)


class CreateHandler(BaseHandler):
    def post(self):
        value = self.get_argument("gistnorurl", "")
        if value.startswith("http://") or value.startswith("https://"):
            target = self.from_base("/url/" + value.split("://", 1)[1])
            return self.redirect(target)
        target = self.get_argument("next", None) or self.from_base("/")
        # expect: open-redirect
        self.redirect(target)


class HomeRedirect(BaseHandler):
    def get(self):
        self.redirect(self.from_base("/"))
