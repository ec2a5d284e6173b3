import requests

FLOWDOCK_API = "https://api.flowdock.com/v1/messages/team_inbox/{token}"


class WebhooksAlertChannel:
    def __init__(self, integration):
        self.integration = integration

    def notify_reports(self, resource_id, reports):
        payload = {"resource_id": resource_id, "reports": reports}
        # expect: ssrf
        return requests.post(self.integration.config["reports_url"], json=payload, timeout=5).status_code


class FlowdockAlertChannel:
    def __init__(self, integration):
        self.integration = integration

    def notify_reports(self, resource_id, reports):
        url = FLOWDOCK_API.format(token=self.integration.config["api_token"])
        return requests.post(url, json={"subject": f"{len(reports)} reports", "source": "AppEnlight"}, timeout=5).status_code
