import falcon

from . import feeds, notify

events = []
subscribers = []


class Events:
    def on_get(self, req, resp):
        resp.media = {"events": events[-int(req.get_param_as_int("limit", min_value=1, max_value=500) or 100):]}

    def on_post(self, req, resp):
        event = req.get_media()
        if not isinstance(event, dict):
            raise falcon.HTTPBadRequest(title="event must be an object")
        events.append(event)
        notify.audit(event)
        for url in subscribers:
            notify.ping_subscriber(url, event)
        resp.status = falcon.HTTP_201


class FeedImport:
    def on_post(self, req, resp):
        body = req.bounded_stream.read()
        if req.content_type and "yaml" in req.content_type:
            parsed = feeds.parse_yaml(body)
        else:
            parsed = feeds.parse_atom(body)
        events.extend(parsed)
        resp.media = {"imported": len(parsed)}


class FeedImportV2:
    def on_post(self, req, resp):
        body = req.bounded_stream.read()
        if req.content_type and "yaml" in req.content_type:
            parsed = feeds.parse_yaml_safe(body)
        else:
            parsed = feeds.parse_atom_safe(body)
        events.extend(parsed)
        resp.media = {"imported": len(parsed)}


class Subscribers:
    def on_post(self, req, resp):
        url = req.get_media().get("callback_url", "")
        subscribers.append(url)
        notify.ping_subscriber(url, {"type": "hello"})
        resp.status = falcon.HTTP_201


class SubscribersV2:
    def on_post(self, req, resp):
        url = req.get_media().get("callback_url", "")
        try:
            notify.ping_subscriber_checked(url, {"type": "hello"})
        except ValueError as exc:
            raise falcon.HTTPBadRequest(title=str(exc))
        subscribers.append(url)
        resp.status = falcon.HTTP_201


application = falcon.App()
application.add_route("/events", Events())
application.add_route("/feeds", FeedImport())
application.add_route("/v2/feeds", FeedImportV2())
application.add_route("/subscribers", Subscribers())
application.add_route("/v2/subscribers", SubscribersV2())
