"""Request models built by a factory from the name and attributes the user sent."""
import requests

COMPREHEND_URL = "https://comprehend.us-east-1.amazonaws.com/"


class CustomRESTRequestModel:
    def __init__(self, url, method="POST", params=None, headers=None, body=None):
        self.url = url
        self.method = method
        self.params = params or {}
        self.headers = headers or {}
        self.body = body or {}

    def send(self, text):
        body = {k: (text if v == "{{ text }}" else v) for k, v in self.body.items()}
        # expect: ssrf
        return requests.request(self.method, self.url, params=self.params, headers=self.headers, json=body, timeout=30).json()


class AmazonComprehendRequestModel:
    def __init__(self, language="en", **_ignored):
        self.language = language

    def send(self, text):
        payload = {"Text": text, "LanguageCode": self.language}
        return requests.post(COMPREHEND_URL, json=payload, timeout=30).json()


class RequestModelFactory:
    MODELS = {
        "Custom REST Request": CustomRESTRequestModel,
        "Amazon Comprehend Sentiment Analysis": AmazonComprehendRequestModel,
    }

    @classmethod
    def create(cls, model_name, model_attrs):
        return cls.MODELS[model_name](**model_attrs)
