"""Voice alerts placed through Twilio."""
import html
import os
from xml.sax.saxutils import escape

from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

FROM_NUMBER = os.environ["TWILIO_FROM"]
client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])


def alert_on_call(number, message):
    return client.calls.create(
        to=number,
        from_=FROM_NUMBER,
        # expect: xml-injection
        twiml=f"<Response><Say>{message}</Say></Response>",
    )


def read_code(number, code):
    twiml = "<Response><Say>Your verification code is %s</Say></Response>" % code
    # expect: xml-injection
    return client.calls.create(to=number, from_=FROM_NUMBER, twiml=twiml)


def announce_delivery(number, customer_name, eta):
    doc = "<Response><Say voice=\"alice\">Hello {}, your parcel arrives at {}.</Say></Response>".format(
        customer_name, eta
    )
    call = client.calls.create(
        # expect: xml-injection
        twiml=doc,
        to=number,
        from_=FROM_NUMBER,
    )
    return call.sid


def place_call(twilio_client, number, twiml_doc):
    # expect: xml-injection
    return twilio_client.calls.create(twiml=twiml_doc, to=number, from_=FROM_NUMBER)


class Escalation:
    def __init__(self, twilio_client):
        self.client = twilio_client

    def page(self, number, incident):
        options = {
            "to": number,
            "from_": FROM_NUMBER,
            "twiml": "<Response><Say>Incident " + incident.title + "</Say></Response>",
        }
        # expect: xml-injection
        return self.client.calls.create(**options)


def alert_escaped(number, message):
    return client.calls.create(
        to=number,
        from_=FROM_NUMBER,
        twiml=f"<Response><Say>{html.escape(message)}</Say></Response>",
    )


def greet(number, customer_name):
    response = VoiceResponse()
    response.say(f"Hello {customer_name}, thanks for calling.")
    return client.calls.create(to=number, from_=FROM_NUMBER, twiml=str(response))


def read_code_escaped(number, code):
    twiml = "<Response><Say>Your code is %s</Say></Response>" % escape(code)
    return client.calls.create(to=number, from_=FROM_NUMBER, twiml=twiml)
