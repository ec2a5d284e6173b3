# library: twilio (Python helper library)
"""Outbound reminder calls for appointments."""
import os
from xml.sax.saxutils import escape

from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
FROM = os.environ["TWILIO_FROM"]


def remind(patient_phone, patient_name, when):
    resp = VoiceResponse()
    resp.say(f"Hello {patient_name}, this is a reminder of your appointment at {when}.")
    return client.calls.create(to=patient_phone, from_=FROM, twiml=str(resp))


def remind_raw(patient_phone, patient_name, when):
    # expect: xml-injection
    return client.calls.create(to=patient_phone, from_=FROM, twiml=f"<Response><Say>Hello {patient_name}, your appointment is at {when}.</Say></Response>")


def forward(caller_phone, target_number):
    # expect: xml-injection
    return client.calls.create(to=caller_phone, from_=FROM, twiml="<Response><Dial>" + target_number + "</Dial></Response>")


def remind_escaped(patient_phone, patient_name):
    return client.calls.create(to=patient_phone, from_=FROM, twiml=f"<Response><Say>Hello {escape(patient_name)}</Say></Response>")


def voicemail_greeting(owner_name):
    # expect: xml-injection
    twiml = "<Response><Say>You have reached %s. Please leave a message.</Say><Record/></Response>" % owner_name
    return twiml


def constant_greeting():
    return "<Response><Say>Thanks for calling. Goodbye.</Say><Hangup/></Response>"
