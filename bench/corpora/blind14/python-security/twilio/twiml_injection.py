# library: twilio
"""Outbound reminder calls with a spoken message."""
import os
from xml.sax.saxutils import escape

from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
FROM = os.environ["TWILIO_FROM"]


def call_reminder(to, patient_name, slot):
    # expect: xml-injection
    client.calls.create(to=to, from_=FROM, twiml=f"<Response><Say>Hello {patient_name}, your appointment is at {slot}.</Say></Response>")


def call_reminder_builder(to, patient_name, slot):
    resp = VoiceResponse()
    resp.say(f"Hello {patient_name}, your appointment is at {slot}.")
    client.calls.create(to=to, from_=FROM, twiml=str(resp))


def call_reminder_escaped(to, patient_name):
    client.calls.create(to=to, from_=FROM, twiml="<Response><Say>Hello " + escape(patient_name) + "</Say></Response>")


def call_with_message(to, message):
    # expect: xml-injection
    twiml = "<Response><Say voice='alice'>" + message + "</Say></Response>"
    client.calls.create(to=to, from_=FROM, twiml=twiml)


def call_fixed(to):
    client.calls.create(to=to, from_=FROM, twiml="<Response><Say>Your code is ready.</Say></Response>")
