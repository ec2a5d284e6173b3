"""Explore endpoints: chart data and the import of exported dashboards."""
import json
import pickle

from flask import abort, request, session

from vizboard.connectors.sqla import SqlaTable
from vizboard.utils.core import get_form_data
from vizboard.views.base import BaseVizboardView, expose, has_access, json_response, log_this


class Vizboard(BaseVizboardView):
    route_base = "/vizboard"

    @expose("/explore_json/", methods=("GET", "POST"))
    @has_access
    @log_this
    def explore_json(self):
        form_data = get_form_data()
        datasource = SqlaTable.get(form_data.get("datasource_id"))
        if datasource is None:
            abort(404)
        session["last_datasource_id"] = datasource.id
        # expect: trust-boundary
        session["explore_form_data"] = form_data
        query_obj = {
            "metrics": form_data.get("metrics") or ["count"],
            "groupby": form_data.get("groupby") or [],
            "filters": form_data.get("filters") or [],
            "extras": {"where": form_data.get("where", "")},
            "row_limit": form_data.get("row_limit"),
        }
        return json_response({"data": datasource.query(query_obj)})

    @expose("/filter_values/", methods=("GET",))
    @has_access
    def filter_values(self):
        form_data = get_form_data()
        datasource = SqlaTable.get(form_data.get("datasource_id"))
        column = request.args.get("column", "")
        return json_response(datasource.values_for_column(column))

    @expose("/import_dashboards/", methods=("POST",))
    @has_access
    @log_this
    def import_dashboards(self):
        upload = request.files.get("file")
        if upload is None:
            abort(400)
        if upload.filename.endswith(".json"):
            payload = json.load(upload)
        else:
            # expect: deserialization
            payload = pickle.load(upload)
        return json_response({"dashboards": len(payload.get("dashboards", []))})
