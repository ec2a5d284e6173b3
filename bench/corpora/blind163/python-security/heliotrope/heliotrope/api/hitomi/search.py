"""Search and list endpoints over the mirrored gallery info."""
from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse, json
from sanic.views import HTTPMethodView

hitomi_search = Blueprint("hitomi_search", url_prefix="/search")
hitomi_list = Blueprint("hitomi_list", url_prefix="/list")


class HitomiSearchView(HTTPMethodView):
    async def post(self, request: Request) -> HTTPResponse:
        query = request.json.get("query") or []
        offset = int(request.json.get("offset", 0))
        if not query:
            return json({"status": 400, "message": "query_required"}, 400)
        results, count = await request.app.ctx.orm.search_titles(" ".join(query), offset)
        return json({"status": 200, "result": results, "count": count})


class HitomiTagView(HTTPMethodView):
    async def get(self, request: Request) -> HTTPResponse:
        tag = request.args.get("tag", "")
        results = await request.app.ctx.orm.galleries_with_tag(tag)
        return json({"status": 200, "result": results})


class HitomiListView(HTTPMethodView):
    async def get(self, request: Request, index: int) -> HTTPResponse:
        items = await request.app.ctx.orm.list_page(index)
        return json({"status": 200, "list": items})


hitomi_search.add_route(HitomiSearchView.as_view(), "/")
hitomi_search.add_route(HitomiTagView.as_view(), "/tag")
hitomi_list.add_route(HitomiListView.as_view(), "/<index:int>")
