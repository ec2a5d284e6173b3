import json

from twisted.internet import defer
from twisted.web.resource import Resource
from twisted.web.server import NOT_DONE_YET

from .notifications import Notification, parse_notification
from .store import NotificationLog


class V1NotifyHandler(Resource):
    isLeaf = True

    def __init__(self, sygnal):
        super().__init__()
        self.sygnal = sygnal
        self.log = NotificationLog(sygnal.config["db_path"])

    def render_POST(self, request):
        body = json.loads(request.content.read())
        notif = parse_notification(body)
        request.notif = notif
        d = defer.ensureDeferred(self._handle(request, notif))
        d.addCallback(lambda rejected: self._finish(request, rejected))
        return NOT_DONE_YET

    async def _handle(self, request, notif: Notification):
        rejected = []
        for device in notif.devices:
            pushkin = self.sygnal.pushkin_for(device.app_id)
            if pushkin is None:
                rejected.append(device.pushkey)
                continue
            rejected.extend(await pushkin.dispatch_notification(notif, device))
        self.log.record(notif.event_id, notif.room_id, notif.sender)
        return rejected

    def _finish(self, request, rejected):
        request.setHeader(b"Content-Type", b"application/json")
        request.write(json.dumps({"rejected": rejected}).encode())
        request.finish()


class RecentHandler(Resource):
    isLeaf = True

    def __init__(self, sygnal):
        super().__init__()
        self.log = NotificationLog(sygnal.config["db_path"])

    def render_GET(self, request):
        room_id = request.args.get(b"room_id", [b""])[0].decode()
        limit = request.args.get(b"limit", [b"20"])[0]
        rows = self.log.recent_for_room(room_id, limit)
        request.setHeader(b"Content-Type", b"application/json")
        return json.dumps(rows).encode()


class HealthHandler(Resource):
    isLeaf = True

    def __init__(self, sygnal):
        super().__init__()
        self.sygnal = sygnal

    def render_GET(self, request):
        app_id = request.args.get(b"app_id", [b""])[0].decode()
        known = self.sygnal.pushkin_for(app_id) is not None
        request.setHeader(b"Content-Type", b"text/html")
        # expect: xss
        return ("<p>%s: %s</p>" % (app_id, "configured" if known else "unknown")).encode()
