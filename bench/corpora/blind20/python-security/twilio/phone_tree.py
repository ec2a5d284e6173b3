"""Twilio voice and SMS webhooks for the support line (Flask)."""
import os
from functools import wraps

from flask import Flask, Response, abort, request, url_for
from markupsafe import escape
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse
from twilio.twiml.voice_response import Gather, VoiceResponse

app = Flask(__name__)
validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])
AGENTS = {"1": "+441234567001", "2": "+441234567002"}


def twilio_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not validator.validate(request.url, request.form, request.headers.get("X-Twilio-Signature", "")):
            abort(403)
        return view(*args, **kwargs)
    return wrapper


def twiml(body) -> Response:
    return Response(str(body), mimetype="text/xml")


@app.post("/voice")
@twilio_only
def voice():
    vr = VoiceResponse()
    gather = Gather(num_digits=1, action=url_for("menu"))
    gather.say("Press 1 for billing, 2 for support.")
    vr.append(gather)
    return twiml(vr)


@app.post("/voice/menu")
@twilio_only
def menu():
    vr = VoiceResponse()
    number = AGENTS.get(request.form.get("Digits", ""))
    if number:
        vr.dial(number)
    else:
        vr.redirect(url_for("voice"))
    return twiml(vr)


@app.post("/sms")
@twilio_only
def sms():
    resp = MessagingResponse()
    resp.message("Thanks, we got: " + request.values.get("Body", ""))
    return twiml(resp)


@app.post("/sms/echo")
def sms_echo():
    body = request.values.get("Body", "")
    # expect: xml-injection
    return Response(f"<Response><Message>You said: {body}</Message></Response>", mimetype="text/xml")


@app.post("/sms/echo/escaped")
def sms_echo_escaped():
    body = request.values.get("Body", "")
    return Response(f"<Response><Message>You said: {escape(body)}</Message></Response>", mimetype="text/xml")


@app.post("/voice/forward")
def forward():
    caller = request.values.get("From", "")
    target = request.values.get("ForwardTo", "")
    # expect: xml-injection
    xml = "<Response><Say>Connecting " + caller + "</Say><Dial>" + target + "</Dial></Response>"
    return Response(xml, mimetype="text/xml")



@app.post("/voice/voicemail")
@twilio_only
def voicemail():
    vr = VoiceResponse()
    vr.say("Hello " + request.values.get("CallerName", "caller") + ", please leave a message.")
    vr.record(max_length=120, action=url_for("sms"))
    return twiml(vr)
