"""Events and event types, pecan RestControllers exposed through WSME."""
import pecan
from pecan import rest
import wsme
from wsme import types as wtypes
import wsmeext.pecan as wsme_pecan

from panko.api.controllers.v2 import base
from panko.api import rbac
from panko import storage


def _event_query_to_event_filter(q):
    traits_filter = []
    event_type = None
    for i in q:
        if i.field == "event_type":
            event_type = i.value
        else:
            traits_filter.append({"key": i.field, "op": i.op or "eq", "string": i.value})
    return storage.EventFilter(event_type=event_type, traits_filter=traits_filter)


class EventsController(rest.RestController):
    @wsme_pecan.wsexpose([base.Event], [base.Query], [str], int, str)
    def get_all(self, q=None, sort=None, limit=None, marker=None):
        rbac.enforce("events:index", pecan.request)
        q = q or []
        if not sort:
            sort = ["generated:asc"]
        event_filter = _event_query_to_event_filter(q)
        pagination = {"sort": sort, "limit": int(limit or 100), "marker": marker}
        return [base.Event(**e) for e in pecan.request.conn.get_events(event_filter, pagination)]

    @wsme_pecan.wsexpose(base.Event, wtypes.text)
    def get_one(self, message_id):
        rbac.enforce("events:show", pecan.request)
        return base.Event(**pecan.request.conn.get_raw_event(message_id))


class SubscriptionsController(rest.RestController):
    @wsme_pecan.wsexpose(None, body=base.Subscription, status_code=201)
    def post(self, subscription):
        rbac.enforce("subscriptions:create", pecan.request)
        pecan.request.conn.save_subscription(subscription.event_type, subscription.target)


class ExpiryController(rest.RestController):
    @wsme_pecan.wsexpose(None, str, str, status_code=204)
    def delete(self, older_than=None, event_type=None):
        rbac.enforce("events:expire", pecan.request)
        if not older_than:
            older_than = pecan.request.cfg.database.event_time_to_live
        if event_type:
            pecan.request.conn.clear_expired_by_type(event_type, int(older_than))
        else:
            pecan.request.conn.clear_expired(older_than)
