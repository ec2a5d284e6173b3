import json
from urllib import parse

from aodh_api.notifier import rest

NOTIFIERS = {"http": rest.RestAlarmNotifier, "https": rest.RestAlarmNotifier,
             "zaqar": rest.ZaqarAlarmNotifier}


class AlarmNotifierService:
    def __init__(self, storage):
        self.storage = storage

    def process_alarm(self, alarm_id, previous, current, reason):
        alarm = self.storage.get_alarm(alarm_id)
        for action in json.loads(alarm["alarm_actions"]):
            parsed = parse.urlsplit(action)
            notifier = NOTIFIERS.get(parsed.scheme)
            if notifier is None:
                continue
            notifier().notify(parsed, alarm_id, alarm["name"], alarm["severity"], previous, current, reason, {})
