"""v2 API resources for image generation and interrogation."""
from flask import request
from flask_restx import Namespace, Resource, reqparse

from horde.classes.interrogation import InterrogationForm
from horde.classes.waiting_prompt import ImageWaitingPrompt
from horde.database import functions as database
from horde.image_sources import load_source_image
from horde.utils import validate_webhook_url

api = Namespace("v2", "API Version 2")

async_parser = reqparse.RequestParser()
async_parser.add_argument("apikey", type=str, required=True, location="headers")
async_parser.add_argument("prompt", type=str, required=True, location="json")
async_parser.add_argument("params", type=dict, required=False, default={}, location="json")
async_parser.add_argument("source_image", type=str, required=False, location="json")
async_parser.add_argument("webhook", type=str, required=False, location="json")


@api.route("/generate/async")
class ImageAsyncGenerate(Resource):
    @api.expect(async_parser)
    def post(self):
        self.args = async_parser.parse_args()
        user = database.find_user_by_api_key(self.args.apikey)
        if user is None:
            return {"message": "Invalid API key"}, 401
        webhook = self.args.webhook
        if webhook and not validate_webhook_url(webhook):
            return {"message": "Webhook must be a public https URL"}, 400
        source = None
        if self.args.source_image:
            source = load_source_image(self.args.source_image)
        wp = ImageWaitingPrompt(user=user, prompt=self.args.prompt, params=self.args.params,
                                source_image=source, webhook=webhook)
        wp.activate()
        return {"id": str(wp.id), "kudos": wp.kudos}, 202


interrogate_parser = reqparse.RequestParser()
interrogate_parser.add_argument("apikey", type=str, required=True, location="headers")
interrogate_parser.add_argument("forms", type=list, required=True, location="json")
interrogate_parser.add_argument("source_image", type=str, required=True, location="json")
interrogate_parser.add_argument("webhook", type=str, required=False, location="json")


@api.route("/interrogate/async")
class Interrogate(Resource):
    @api.expect(interrogate_parser)
    def post(self):
        self.args = interrogate_parser.parse_args()
        user = database.find_user_by_api_key(self.args.apikey)
        if user is None:
            return {"message": "Invalid API key"}, 401
        forms = []
        for form in self.args.forms:
            if form.get("name") not in {"caption", "interrogation", "nsfw"}:
                return {"message": "Unknown form"}, 400
            forms.append(InterrogationForm(name=form["name"], user=user,
                                           source_image=self.args.source_image,
                                           webhook=self.args.webhook))
        for form in forms:
            form.activate()
        return {"id": str(forms[0].interrogation_id)}, 202


sort_parser = reqparse.RequestParser()
sort_parser.add_argument("sort", type=str, required=False, default="kudos", location="args")
sort_parser.add_argument("page", type=int, required=False, default=1, location="args")


@api.route("/users")
class Users(Resource):
    @api.expect(sort_parser)
    def get(self):
        self.args = sort_parser.parse_args()
        users = database.list_users(self.args.sort, self.args.page)
        return [u.get_details() for u in users], 200


@api.route("/workers")
class Workers(Resource):
    def get(self):
        order = request.args.get("sort", "uptime")
        return [w.get_details() for w in database.list_workers(order)], 200
