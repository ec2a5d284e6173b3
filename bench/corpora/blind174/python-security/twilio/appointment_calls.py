"""Places reminder calls for clinic appointments through Twilio."""
import os
from xml.sax.saxutils import escape

from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

from .models import Appointment

client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
CALLER_ID = os.environ["TWILIO_CALLER_ID"]
STATIC_GOODBYE = "<Response><Say>This line is closed. Goodbye.</Say><Hangup/></Response>"


def remind(appt: Appointment):
    when = appt.starts_at.strftime("%A at %H:%M")
    twiml = f"<Response><Say>Hello {appt.patient_name}, this is a reminder of your visit on {when}.</Say></Response>"
    # expect: xml-injection
    return client.calls.create(to=appt.phone, from_=CALLER_ID, twiml=twiml)


def remind_escaped(appt: Appointment):
    name = escape(appt.patient_name)
    twiml = "<Response><Say>Hello %s, please call us back.</Say></Response>" % name
    return client.calls.create(to=appt.phone, from_=CALLER_ID, twiml=twiml)


def remind_with_builder(appt: Appointment):
    response = VoiceResponse()
    response.say(f"Hello {appt.patient_name}, your visit with {appt.doctor_name} is tomorrow.")
    response.pause(length=1)
    response.say("Press 1 to confirm.")
    return client.calls.create(to=appt.phone, from_=CALLER_ID, twiml=str(response))


def closed_line(number):
    return client.calls.create(to=number, from_=CALLER_ID, twiml=STATIC_GOODBYE)


def forward_to_desk(appt: Appointment, note: str):
    # expect: xml-injection
    return client.calls.create(to=appt.clinic_phone, from_=CALLER_ID, twiml="<Response><Say>{}</Say></Response>".format(note))
