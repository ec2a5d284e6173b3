"""Twilio SMS and voice webhooks for appointment reminders."""
import os

from flask import Flask, Response, request
from twilio.request_validator import RequestValidator
from twilio.rest import Client
from twilio.twiml.messaging_response import MessagingResponse
from twilio.twiml.voice_response import VoiceResponse

app = Flask(__name__)
ACCOUNT_SID = "AC4f1b2c3d4e5f60718293a4b5c6d7e8f9"
# expect: hardcoded-secret
AUTH_TOKEN = "9c2e4a6b8d0f1e3a5c7b9d1f3e5a7c9b"
client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])
validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])


@app.post("/sms")
def inbound_sms():
    resp = MessagingResponse()
    resp.message("Got it: " + request.values.get("Body", ""))
    return Response(str(resp), mimetype="application/xml")


@app.post("/sms/raw")
def inbound_sms_raw():
    body = request.values.get("Body", "")
    # expect: xss
    twiml = "<Response><Message>You said: " + body + "</Message></Response>"
    return Response(twiml, mimetype="application/xml")


@app.post("/voice")
def voice():
    vr = VoiceResponse()
    vr.say("Your appointment is on " + request.values.get("Digits", "an unknown day"))
    return Response(str(vr), mimetype="application/xml")


def remind(to, when):
    return client.messages.create(to=to, from_=os.environ["TWILIO_FROM"], body=f"Reminder: {when}")
