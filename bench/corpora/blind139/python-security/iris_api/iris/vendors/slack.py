import requests

SLACK_API = "https://slack.com/api/chat.postMessage"


class SlackVendor:
    def send(self, message):
        return requests.post(SLACK_API, json={"channel": "#oncall", "text": message["body"]}, timeout=10)
