"""GET /v2/summary: totals grouped and filtered."""
import voluptuous

from cloudkitty.api.v2 import base

GROUPBY_ALLOWED = ("project_id", "type", "user_id", "region")


def _dict_filter(value):
    pairs = [item.split(":", 1) for item in value.split(",") if ":" in item]
    return {k: v for k, v in pairs}


class Summary(base.BaseResource):
    @base.add_input_schema("query", {
        voluptuous.Optional("groupby"): str,
        voluptuous.Optional("filters"): _dict_filter,
        voluptuous.Optional("limit", default=100): voluptuous.Coerce(int),
    })
    def get(self, groupby=None, filters=None, limit=100):
        groups = [g for g in (groupby or "").split(",") if g in GROUPBY_ALLOWED]
        return {"results": self._storage.total(groupby=groups, filters=filters or {}, limit=limit)}
