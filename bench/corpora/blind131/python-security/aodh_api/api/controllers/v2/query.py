import json

import pecan
from pecan import rest
import wsmeext.pecan as wsme_pecan

from aodh_api.api import rbac
from aodh_api.api.controllers.v2 import base

DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


class QueryAlarmsController(rest.RestController):

    @wsme_pecan.wsexpose([base.Alarm], body=base.ComplexQuery)
    def post(self, body):
        rbac.enforce("query_alarm", pecan.request, {})
        orderby = json.loads(body.orderby or "[]")
        order = []
        for item in orderby:
            for field, direction in item.items():
                order.append((field, DIRECTIONS.get(direction.lower(), "ASC")))
        filter_expr = json.loads(body.filter or "{}")
        return [base.Alarm.from_db_model(a) for a in
                pecan.request.storage.query_alarms(filter_expr=filter_expr, orderby=order, limit=int(body.limit or 100))]
