import json

import requests

from aodh_api.notifier import base

ZAQAR_ENDPOINT = "https://zaqar.cloud.internal:8888/v2/queues"


class RestAlarmNotifier(base.AlarmNotifier):
    def notify(self, action, alarm_id, alarm_name, severity, previous, current, reason, reason_data):
        body = {"alarm_name": alarm_name, "alarm_id": alarm_id, "severity": severity,
                "previous": previous, "current": current, "reason": reason, "reason_data": reason_data}
        # expect: ssrf
        requests.post(action.geturl(), data=json.dumps(body), headers={"Content-Type": "application/json"}, timeout=10)


class ZaqarAlarmNotifier(base.AlarmNotifier):
    def notify(self, action, alarm_id, alarm_name, severity, previous, current, reason, reason_data):
        queue = "alarm-" + alarm_id
        requests.post(f"{ZAQAR_ENDPOINT}/{queue}/messages", json={"messages": [{"body": reason}]}, timeout=10)
