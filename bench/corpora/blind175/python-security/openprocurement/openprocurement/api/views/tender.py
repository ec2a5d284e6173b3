"""Tender listing and the feed used by brokers."""
import json

from pyramid.response import Response

from openprocurement.api.utils import APIResource, json_view, jsonp_response, opresource

FEEDS = {"dateModified": "tenders/by_dateModified", "changes": "tenders/by_local_seq"}


@opresource(name="Tenders", collection_path="/tenders", path="/tenders/{tender_id}",
            description="Open Contracting compatible data exchange format.")
class TenderResource(APIResource):
    @json_view(permission="view_listing")
    def collection_get(self):
        params = self.request.params
        view_name = FEEDS.get(params.get("feed", ""), FEEDS["dateModified"])
        limit = min(int(params.get("limit", 100)), 1000)
        descending = params.get("descending") == "1"
        offset = params.get("offset", "")
        rows = self.db.view(view_name, limit=limit + 1, descending=descending,
                            startkey=offset or None)
        results = [{"id": row.id, "dateModified": row.key} for row in rows][:limit]
        data = {"data": results, "next_page": {"offset": rows[-1].key if len(rows) > limit else ""}}
        return jsonp_response(self.request, data)

    @json_view(permission="view_tender")
    def get(self):
        tender = self.context.serialize(self.context.status)
        callback = self.request.params.get("opt_jsonp")
        if callback:
            body = json.dumps({"data": tender})
            # expect: xss
            return Response(body=f"{callback}({body})", content_type="application/javascript")
        return {"data": tender}
