"""Locate views: geolocate from what a device sees."""
from pyramid.view import view_config

from ichnaea.api.key import api_key_stats, check_api_key


class GeolocateView(object):

    def __init__(self, request):
        self.request = request
        self.searcher = request.registry.position_searcher

    @view_config(route_name="v1_geolocate", renderer="json", request_method="POST")
    @check_api_key
    def __call__(self, api_key):
        query = self.request.json_body
        result = self.searcher.search(query)
        if not result:
            return {"error": "notFound"}
        return {"location": {"lat": result["lat"], "lng": result["lon"]}, "accuracy": float(result["accuracy"])}


@view_config(route_name="v1_key_stats", renderer="json")
def key_stats_view(request):
    return {"stats": [dict(r._mapping) for r in api_key_stats(request.db_session, request.matchdict["key"])]}
