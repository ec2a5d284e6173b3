"""Inventory endpoints (Flask-RESTful resources and a MethodView)."""
from flask import Flask, request
from flask.views import MethodView
from flask_restful import Api, Resource

from .services import (
    create_audit_entry,
    delete_item,
    get_item,
    list_items,
    mark_viewed,
    update_last_seen,
    create_item,
)

app = Flask(__name__)
api = Api(app)


class ItemResource(Resource):
    def get(self, item_id):
        item = get_item(item_id)
        # expect: get-side-effects
        update_last_seen(item_id, request.remote_addr)
        return item.to_dict()

    def delete(self, item_id):
        delete_item(item_id)
        return "", 204


class ItemListResource(Resource):
    def get(self):
        return [i.to_dict() for i in list_items(request.args.get("category"))]

    def post(self):
        item = create_item(request.get_json())
        return item.to_dict(), 201


class ItemPurgeResource(Resource):
    def get(self, item_id):
        # expect: get-side-effects
        delete_item(item_id)
        return {"purged": item_id}


class ItemPageView(MethodView):
    def get(self, item_id):
        # expect: get-side-effects
        entry = create_audit_entry("item.viewed", item_id=item_id)
        return {"item": get_item(item_id).to_dict(), "audit": entry.id}

    def post(self, item_id):
        mark_viewed(item_id)
        return "", 204


api.add_resource(ItemResource, "/items/<int:item_id>")
api.add_resource(ItemListResource, "/items")
api.add_resource(ItemPurgeResource, "/items/<int:item_id>/purge")
app.add_url_rule("/pages/items/<int:item_id>", view_func=ItemPageView.as_view("item_page"))
