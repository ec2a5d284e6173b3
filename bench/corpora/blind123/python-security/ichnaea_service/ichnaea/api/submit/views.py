"""Submit views: devices report what they saw where."""
from pyramid.view import view_config

from ichnaea.api.key import check_api_key

RADIOS = {"gsm", "wcdma", "lte"}


class GeosubmitView(object):

    def __init__(self, request):
        self.request = request

    @view_config(route_name="v2_geosubmit", renderer="json", request_method="POST")
    @check_api_key
    def __call__(self, api_key):
        items = []
        for report in self.request.json_body.get("items", []):
            position = report.get("position", {})
            source = position.get("source")
            if not source:
                source = "gnss"
            radio = report.get("radioType") if report.get("radioType") in RADIOS else "gsm"
            items.append({"api_key": api_key, "source": source, "radio": radio, "lat": float(position.get("latitude", 0)), "lon": float(position.get("longitude", 0))})
        self.request.registry.data_queues["update_incoming"].enqueue(items)
        return {}
