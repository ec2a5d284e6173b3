"""REST resources of the downloads service (Flask MethodView and Flask-RESTful)."""
from flask import jsonify, request
from flask.views import MethodView
from flask_restful import Resource

from .services import (
    count_downloads,
    create_download_token,
    create_order,
    delete_expired_links,
    find_created_after,
    get_order,
    update_last_seen,
)


class OrderView(MethodView):
    def get(self, order_id):
        return jsonify(get_order(order_id))

    def post(self):
        order = create_order(request.get_json())
        return jsonify(order), 201


class DownloadLinkView(MethodView):
    def get(self, file_id):
        # expect: side-effect-in-get
        token = create_download_token(file_id, user=request.headers.get("X-User"))
        return jsonify({"url": f"/files/{file_id}?token={token}"})


class LinkList(Resource):
    def get(self):
        # expect: side-effect-in-get
        delete_expired_links()
        return {"links": find_created_after(request.args.get("since"))}


class ProfileResource(Resource):
    def __init__(self, repo):
        self.repo = repo

    def get(self, user_id):
        profile = self.repo.load(user_id)
        # expect: side-effect-in-get
        self.repo.update_profile_views(user_id, profile.views + 1)
        return profile.as_dict()

    def delete(self, user_id):
        self.repo.delete_profile(user_id)
        return "", 204


class PresenceResource(Resource):
    def get(self, user_id):
        # expect: side-effect-in-get
        seen = update_last_seen(user_id)
        return {"last_seen": seen.isoformat(), "downloads": count_downloads(user_id)}
