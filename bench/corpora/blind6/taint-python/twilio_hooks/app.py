"""Twilio webhooks: inbound SMS and voice menu."""
import os
from xml.sax.saxutils import escape

from flask import Flask, Response, request
from twilio.request_validator import RequestValidator
from twilio.rest import Client
from twilio.twiml.messaging_response import MessagingResponse
from twilio.twiml.voice_response import Gather, VoiceResponse

app = Flask(__name__)
client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])


@app.post("/sms")
def inbound_sms():
    body = request.values.get("Body", "")
    resp = MessagingResponse()
    resp.message(f"You said: {body}")
    return Response(str(resp), mimetype="text/xml")


@app.post("/sms/raw")
def inbound_sms_raw():
    body = request.values.get("Body", "")
    # expect: twiml-injection
    return Response(f"<Response><Message>You said: {body}</Message></Response>", mimetype="text/xml")


@app.post("/voice")
def voice_menu():
    resp = VoiceResponse()
    gather = Gather(num_digits=1, action="/voice/choice")
    gather.say("Press 1 for sales, 2 for support.")
    resp.append(gather)
    return Response(str(resp), mimetype="text/xml")


@app.post("/voice/callback")
def schedule_callback():
    name = request.form.get("name", "")
    number = request.form.get("number", "")
    client.calls.create(
        to=number,
        from_=os.environ["TWILIO_FROM"],
        # expect: twiml-injection
        twiml="<Response><Say>Hello " + name + ", you asked us to call back.</Say></Response>",
    )
    return "", 202


@app.post("/voice/callback-safe")
def schedule_callback_safe():
    name = request.form.get("name", "")
    resp = VoiceResponse()
    resp.say(f"Hello {name}, you asked us to call back.")
    client.calls.create(to=request.form.get("number", ""), from_=os.environ["TWILIO_FROM"], twiml=resp)
    return "", 202


@app.post("/voice/callback-escaped")
def schedule_callback_escaped():
    name = escape(request.form.get("name", ""))
    client.calls.create(to=request.form.get("number", ""), from_=os.environ["TWILIO_FROM"],
                        twiml=f"<Response><Say>Hello {name}.</Say></Response>")
    return "", 202
