"""Class-based API views of the bookmarks service."""
from flask import jsonify, request
from flask.views import MethodView

from .store import bookmarks, create_audit_entry, delete_expired, update_last_seen


class BookmarkAPI(MethodView):
    def get(self, bookmark_id):
        item = bookmarks.find(bookmark_id)
        # expect: side-effects-in-get
        update_last_seen(request.remote_addr, item.owner)
        return jsonify(item.to_dict())

    def post(self):
        item = bookmarks.create(request.get_json())
        return jsonify(item.to_dict()), 201


class ShareAPI(MethodView):
    def get(self, token):
        # expect: side-effects-in-get
        share = bookmarks.create_share(token, created_by=request.args.get("user"))
        return jsonify({"url": share.url})


class CleanupAPI(MethodView):
    def get(self):
        # expect: side-effects-in-get
        removed = delete_expired(
            older_than_days=int(request.args.get("days", 30)),
        )
        return jsonify({"removed": removed})


class AuditAPI(MethodView):
    def get(self, entry_id):
        # expect: side-effects-in-get
        create_audit_entry("viewed", entry_id)
        return jsonify(bookmarks.audit(entry_id))


class TagAPI(MethodView):
    def get(self, tag):
        return jsonify([b.to_dict() for b in bookmarks.by_tag(tag)])

    def delete(self, tag):
        bookmarks.delete_tag(tag)
        return "", 204

    def put(self, tag):
        bookmarks.update_tag(tag, request.get_json())
        return "", 204
