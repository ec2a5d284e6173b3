"""Client API and local booru resources (twisted.web)."""
import html
import json
import os

from twisted.web.resource import Resource
from twisted.web.static import File as FileResource

from hydrus.client import controller
from hydrus.client.networking.variable_handling import parse_client_api_request_args

STATIC_DIR = os.path.join(os.path.dirname(__file__), "static")
local_booru_css = FileResource(os.path.join(STATIC_DIR, "local_booru_style.css"), defaultType="text/css")


class HydrusResourceClientAPI(Resource):
    isLeaf = True

    def render_GET(self, request):
        request.parsed_request_args = parse_client_api_request_args(request.args)
        request.setHeader(b"Content-Type", b"application/json")
        return json.dumps(self._threadDoGETJob(request)).encode("utf-8")

    def render_POST(self, request):
        request.parsed_request_args = json.loads(request.content.read() or b"{}")
        request.setHeader(b"Content-Type", b"application/json")
        return json.dumps(self._threadDoPOSTJob(request)).encode("utf-8")


class AddURLsAddURL(HydrusResourceClientAPI):
    def _threadDoPOSTJob(self, request):
        url = request.parsed_request_args["url"]
        job = controller.network_engine.make_job(url=url, page_name=request.parsed_request_args.get("destination_page_name"))
        return {"status": job.start()}


class AddURLsGetURLInfo(HydrusResourceClientAPI):
    def _threadDoGETJob(self, request):
        url = request.parsed_request_args["url"]
        return controller.domain_manager.get_url_info(url)


class SearchTags(HydrusResourceClientAPI):
    def _threadDoGETJob(self, request):
        search = request.parsed_request_args.get("search", "")
        return {"tags": controller.db.read("autocomplete_tags", search=search)}


class GetFilesFile(HydrusResourceClientAPI):
    def _threadDoGETJob(self, request):
        hash_bytes = request.parsed_request_args["hash"]
        return {"path": controller.client_files_manager.get_file_path(hash_bytes.hex())}


class BooruAsset(Resource):
    isLeaf = True

    def render_GET(self, request):
        args = parse_client_api_request_args(request.args)
        # expect: path-traversal
        with open(os.path.join(STATIC_DIR, args.get("asset", "index.css")), "rb") as fh:
            return fh.read()


class BooruPage(Resource):
    isLeaf = True

    def render_GET(self, request):
        args = parse_client_api_request_args(request.args)
        share = controller.local_booru_manager.get_share(args["share_key"])
        body = f"<div class=\"desc\">{html.escape(share['text'])}</div>"
        # expect: xss
        return f"<html><head><title>{share['name']}</title></head><body>{body}</body></html>".encode("utf-8")
