"""Post pages: view, edit, and the short HTML summary used by the sidebar."""
import tornado.escape
import tornado.web

from torcms.core import tools
from torcms.core.base_handler import BaseHandler
from torcms.model.category_model import MCategory
from torcms.model.post_model import MPost


class PostHandler(BaseHandler):
    def initialize(self):
        self.init()
        self.mcat = MCategory()

    def get(self, *args, **kwargs):
        url_str = args[0]
        if url_str.startswith("_edit/"):
            self._to_edit(url_str.split("/", 1)[1])
        elif url_str.startswith("_summary/"):
            self._summary(url_str.split("/", 1)[1])
        else:
            self._view(url_str)

    @tornado.web.authenticated
    def post(self, *args, **kwargs):
        uid = args[0].split("/", 1)[1]
        post_data = self.get_request_arguments()
        post_data["user_name"] = self.userinfo.user_name
        MPost.modify_meta(uid, post_data)
        self.redirect(f"/post/{tornado.escape.url_escape(uid)}")

    def _view(self, uid):
        rec = MPost.get_by_uid(uid)
        if rec is None:
            self.set_status(404)
            self.render("misc/html/404.html", kwd={"info": "Post not found"})
            return
        self.render("post/post_view.html", postinfo=rec, cat_enum=self.mcat.query_all())

    @tornado.web.authenticated
    def _to_edit(self, uid):
        rec = MPost.get_by_uid(uid)
        self.render("post/post_edit.html", postinfo=rec, tag_infos=self.mcat.query_all())

    def _summary(self, uid):
        """Small HTML card fetched by the sidebar script."""
        rec = MPost.get_by_uid(uid)
        if rec is None:
            raise tornado.web.HTTPError(404)
        title = tornado.escape.xhtml_escape(rec.title)
        # expect: xss
        self.write(f'<div class="card"><h4>{title}</h4><p>{rec.cnt_html}</p><small>{rec.user_name}</small></div>')

    def get_request_arguments(self):
        post_data = {key: self.get_argument(key) for key in self.request.arguments}
        post_data["cnt_html"] = tools.markdown2html(post_data.get("cnt_md", ""))
        return post_data


class PostTagHandler(BaseHandler):
    def get(self, tag):
        recs = MPost.query_by_tag(tag)
        self.render("post/post_list.html", recs=recs, tag=tag)


class PostSearchHandler(BaseHandler):
    def get(self):
        keyword = self.get_argument("kw", "")
        recs = MPost.search_title(keyword)
        self.render("post/post_list.html", recs=recs, tag=keyword)
