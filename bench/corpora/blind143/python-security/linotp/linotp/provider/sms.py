"""SMS providers configured through /system/setProvider and used when a token sends its OTP."""
import json

import requests

from linotp.model import Config

TWILIO_URL = "https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json"


def save_provider(name, provider_type, config_json):
    Config.set(f"linotp.Provider.SMSProvider.{name}", json.dumps({"type": provider_type, "config": json.loads(config_json)}))


class HttpSMSProvider:
    def __init__(self, name):
        self.config = json.loads(Config.get(f"linotp.Provider.SMSProvider.{name}"))["config"]

    def submitMessage(self, phone, message):
        # expect: ssrf
        return requests.post(self.config["URL"], data={self.config.get("PHONE", "phone"): phone, "text": message}, timeout=5)


class TwilioSMSProvider:
    def __init__(self, sid, token):
        self.sid, self.token = sid, token

    def submitMessage(self, phone, message):
        return requests.post(TWILIO_URL.format(sid=self.sid), data={"To": phone, "Body": message}, auth=(self.sid, self.token), timeout=5)
