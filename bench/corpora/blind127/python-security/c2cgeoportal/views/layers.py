"""Layers views (Pyramid), shaped on c2cgeoportal_geoportal.views.layers."""
from pyramid.httpexceptions import HTTPBadRequest, HTTPNotFound
from pyramid.view import view_config

from c2cgeoportal.lib import layers_query
from c2cgeoportal.models import DBSession, Layer


class Layers:
    def __init__(self, request):
        self.request = request
        self.query = layers_query.LayersQuery(DBSession)

    def _get_layer(self, layer_id):
        layer = DBSession.query(Layer).get(int(layer_id))
        if layer is None:
            raise HTTPNotFound()
        return layer

    @view_config(route_name="layers_enumerate_attribute_values", renderer="json")
    def enumerate_attribute_values(self):
        layer = self._get_layer(self.request.matchdict["layer_name"])
        field = self.request.matchdict["field_name"]
        return {"items": self.query.distinct_values(layer.geo_table, field)}

    @view_config(route_name="layers_read_many", renderer="geojson")
    def read_many(self):
        layer = self._get_layer(self.request.matchdict["layer_id"])
        attr = self.request.params.get("queryable", "name")
        value = self.request.params.get("value", "")
        if attr not in self.query.columns(layer.geo_table):
            raise HTTPBadRequest("unknown attribute")
        return {"features": self.query.features_where(layer.geo_table, attr, value)}
