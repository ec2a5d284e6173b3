"""Voice callbacks for the appointment reminder line (Twilio)."""
import os
from xml.sax.saxutils import escape

from flask import Flask, request
from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

app = Flask(__name__)
client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])


@app.post("/voice/greet")
def greet():
    resp = VoiceResponse()
    resp.say(f"Hello {request.values.get('CallerName', 'there')}, press 1 to confirm.")
    return str(resp)


def call_patient(number: str, patient_name: str):
    # expect: twiml-injection
    return client.calls.create(to=number, from_=os.environ["TWILIO_FROM"], twiml=f"<Response><Say>Hello {patient_name}, you have an appointment tomorrow.</Say></Response>")


def call_patient_escaped(number: str, patient_name: str):
    return client.calls.create(to=number, from_=os.environ["TWILIO_FROM"], twiml=f"<Response><Say>Hello {escape(patient_name)}</Say></Response>")


def call_with_builder(number: str, patient_name: str):
    twiml = VoiceResponse()
    twiml.say(f"Hello {patient_name}")
    return client.calls.create(to=number, from_=os.environ["TWILIO_FROM"], twiml=str(twiml))


def call_clinic(number: str, clinic: str):
    # expect: twiml-injection
    return client.calls.create(to=number, from_=os.environ["TWILIO_FROM"], twiml="<Response><Say>Calling from " + clinic + "</Say></Response>")


def sms(number: str, body: str):
    # expect: hardcoded-secret
    legacy = Client("AC4f3b2a19c8d7e6f5a4b3c2d1e0f9a8b7", "9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f")
    return legacy.messages.create(to=number, from_="+15005550006", body=body)
