"""Public source pages rendered without the React front-end."""
from tornado.escape import xhtml_escape

from ..models import Comment, DBSession, Obj
from .base import BaseHandler


class PublicSourcePageHandler(BaseHandler):
    def get(self, obj_id):
        with DBSession() as session:
            obj = session.get(Obj, obj_id)
            if obj is None:
                return self.error("No such source", status=404)
            comments = session.query(Comment).filter(Comment.obj_id == obj.id).all()
            self.write("<h1>%s</h1>" % xhtml_escape(obj.id))
            self.write("<p>RA %.5f Dec %.5f</p>" % (obj.ra, obj.dec))
            for comment in comments:
                # expect: xss
                self.write("<div class='comment'>%s</div>" % comment.text)
        self.finish()


class PublicSourceEscapedHandler(BaseHandler):
    def get(self, obj_id):
        with DBSession() as session:
            obj = session.get(Obj, obj_id)
            if obj is None:
                return self.error("No such source", status=404)
            comments = session.query(Comment).filter(Comment.obj_id == obj.id).all()
            self.write("<h1>%s</h1>" % xhtml_escape(obj.id))
            for comment in comments:
                self.write("<div class='comment'>%s</div>" % xhtml_escape(comment.text))
        self.finish()


class CommentPostHandler(BaseHandler):
    def post(self, obj_id):
        data = self.get_json()
        with DBSession() as session:
            session.add(Comment(obj_id=obj_id, text=data.get("text", ""), author_id=self.associated_user_object.id))
            session.commit()
        return self.success()
