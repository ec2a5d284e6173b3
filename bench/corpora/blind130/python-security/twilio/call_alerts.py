"""Phone alerts for on-call engineers, placed through Twilio."""
import os
from xml.sax.saxutils import escape

from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
FROM_NUMBER = os.environ["TWILIO_FROM_NUMBER"]


def page_engineer(phone, alert_title):
    # expect: twiml-injection
    return client.calls.create(to=phone, from_=FROM_NUMBER, twiml=f"<Response><Say>Alert: {alert_title}</Say></Response>")


def read_verification_code(phone, code):
    # expect: twiml-injection
    return client.calls.create(to=phone, from_=FROM_NUMBER, twiml="<Response><Say>Your code is %s</Say></Response>" % code)


def relay_message(phone, twiml_body):
    # expect: twiml-injection
    return client.calls.create(to=phone, from_=FROM_NUMBER, twiml=twiml_body)


def page_engineer_escaped(phone, alert_title):
    return client.calls.create(to=phone, from_=FROM_NUMBER, twiml=f"<Response><Say>Alert: {escape(alert_title)}</Say></Response>")


def page_with_builder(phone, alert_title):
    response = VoiceResponse()
    response.say(f"Alert: {alert_title}", voice="alice")
    response.pause(length=1)
    response.say("Press any key to acknowledge.")
    return client.calls.create(to=phone, from_=FROM_NUMBER, twiml=str(response))


def page_with_url(phone, incident_id):
    return client.calls.create(to=phone, from_=FROM_NUMBER, url=f"https://oncall.example.com/twiml/incidents/{int(incident_id)}")


def test_call(phone):
    return client.calls.create(to=phone, from_=FROM_NUMBER, twiml="<Response><Say>This is a test call.</Say></Response>")
