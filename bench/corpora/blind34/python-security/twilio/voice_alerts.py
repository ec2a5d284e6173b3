"""Phones the on-call engineer and reads out the alert text."""
import html
import os
from xml.sax.saxutils import escape

from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
CALLER_ID = os.environ["TWILIO_CALLER_ID"]


def call_on_call(number, message):
    return client.calls.create(
        to=number,
        from_=CALLER_ID,
        # expect: xml-injection
        twiml=f"<Response><Say voice=\"alice\">{message}</Say></Response>",
    )


def call_with_summary(number, service, summary):
    body = "<Response><Say>%s is down: %s</Say></Response>" % (service, summary)
    # expect: xml-injection
    return client.calls.create(to=number, from_=CALLER_ID, twiml=body)


class Escalation:
    def __init__(self, twilio_client):
        self.twilio = twilio_client

    def page(self, number, incident_title):
        twiml = "<Response><Say>Incident: {}</Say><Pause length=\"1\"/></Response>".format(incident_title)
        # expect: xml-injection
        self.twilio.calls.create(to=number, from_=CALLER_ID, twiml=twiml)


def call_raw(number, twiml_document):
    # expect: xml-injection
    return client.calls.create(to=number, from_=CALLER_ID, twiml=twiml_document)


def call_escaped(number, message):
    safe_text = escape(message)
    return client.calls.create(to=number, from_=CALLER_ID, twiml=f"<Response><Say>{safe_text}</Say></Response>")


def call_html_escaped(number, message):
    return client.calls.create(to=number, from_=CALLER_ID, twiml="<Response><Say>%s</Say></Response>" % html.escape(message))


def call_with_builder(number, message):
    response = VoiceResponse()
    response.say(message, voice="alice")
    return client.calls.create(to=number, from_=CALLER_ID, twiml=str(response))
