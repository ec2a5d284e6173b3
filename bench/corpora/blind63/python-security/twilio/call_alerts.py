"""Phones the on-call engineer when an alert fires (Twilio Programmable Voice)."""
import html
import os
from xml.sax.saxutils import escape

from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
CALLER_ID = os.environ.get("TWILIO_CALLER_ID", "+15005550006")

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def page_on_call(number, alert):
    return client.calls.create(
        to=number,
        from_=CALLER_ID,
        # expect: xml-injection
        twiml=f"<Response><Say voice='alice'>Alert {alert['name']} on {alert['host']}</Say></Response>",
    )


def remind(number, task_title):
    # expect: xml-injection
    call = client.calls.create(to=number, from_=CALLER_ID, twiml="<Response><Say>Reminder: %s</Say></Response>" % task_title)
    return call.sid


def conference_invite(number, room):
    body = "<Response><Dial><Conference>{}</Conference></Dial></Response>".format(room)
    # expect: xml-injection
    return client.calls.create(to=number, from_=CALLER_ID, twiml=body)


class Notifier:
    def __init__(self, sid, token):
        self.twilio = Client(sid, token)

    def say(self, number, twiml_doc):
        # expect: xml-injection
        return self.twilio.calls.create(to=number, from_=CALLER_ID, twiml=twiml_doc)

    def say_safely(self, number, text):
        response = VoiceResponse()
        response.say(text, voice="alice")
        return self.twilio.calls.create(to=number, from_=CALLER_ID, twiml=str(response))


def escalate(number, summary):
    safe = escape(summary)
    return client.calls.create(to=number, from_=CALLER_ID, twiml=f"<Response><Say>{safe}</Say></Response>")


def voicemail(number, name):
    return client.calls.create(
        to=number,
        from_=CALLER_ID,
        twiml="<Response><Say>Hello %s</Say></Response>" % html.escape(name),
    )


def hosted(number):
    return client.calls.create(to=number, from_=CALLER_ID, url="https://handler.twilio.com/twiml/EH123")
