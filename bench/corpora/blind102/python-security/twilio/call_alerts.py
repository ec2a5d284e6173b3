"""Voice alerts for on-call engineers."""
import html
from xml.sax.saxutils import escape

from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

from .settings import TWILIO_FROM, TWILIO_SID, TWILIO_TOKEN

client = Client(TWILIO_SID, TWILIO_TOKEN)


def page_engineer(phone, incident_title):
    # expect: xml-injection
    return client.calls.create(to=phone, from_=TWILIO_FROM, twiml=f"<Response><Say>Incident: {incident_title}</Say></Response>")


def read_ticket(phone, ticket):
    message = "<Response><Say>Ticket %s was assigned to you</Say></Response>" % ticket["subject"]
    # expect: xml-injection
    client.calls.create(to=phone, from_=TWILIO_FROM, twiml=message)


class Escalation:
    def __init__(self, twilio):
        self.twilio = twilio

    def call(self, phone, customer_name):
        body = "<Response><Say>Escalation from {}</Say></Response>".format(customer_name)
        # expect: xml-injection
        return self.twilio.calls.create(to=phone, from_=TWILIO_FROM, twiml=body)


def page_escaped(phone, incident_title):
    return client.calls.create(to=phone, from_=TWILIO_FROM, twiml=f"<Response><Say>{escape(incident_title)}</Say></Response>")


def page_builder(phone, incident_title):
    resp = VoiceResponse()
    resp.say(f"Incident: {incident_title}")
    return client.calls.create(to=phone, from_=TWILIO_FROM, twiml=str(resp))


def page_html_escaped(phone, title):
    safe = html.escape(title)
    return client.calls.create(to=phone, from_=TWILIO_FROM, twiml="<Response><Say>" + safe + "</Say></Response>")
