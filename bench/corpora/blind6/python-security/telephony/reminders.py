"""Appointment reminder calls and texts (Twilio)."""
import os
from xml.sax.saxutils import escape

from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
FROM_NUMBER = os.environ["TWILIO_FROM"]


def call_reminder(appointment):
    message = f"Hello {appointment.patient_name}, this is a reminder for {appointment.when:%A at %H:%M}."
    return client.calls.create(
        to=appointment.phone,
        from_=FROM_NUMBER,
        # expect: twiml-injection
        twiml=f"<Response><Say voice=\"alice\">{message}</Say></Response>",
    )


def call_reminder_builder(appointment):
    response = VoiceResponse()
    response.say(f"Hello {appointment.patient_name}, this is a reminder for {appointment.when:%A at %H:%M}.")
    return client.calls.create(to=appointment.phone, from_=FROM_NUMBER, twiml=str(response))


def call_reminder_escaped(appointment):
    name = escape(appointment.patient_name)
    return client.calls.create(to=appointment.phone, from_=FROM_NUMBER,
                               twiml="<Response><Say>Hello " + name + ".</Say></Response>")


def call_with_hold_music(phone):
    return client.calls.create(to=phone, from_=FROM_NUMBER, url="https://handler.example-clinic.com/hold.xml")


def call_static(phone):
    return client.calls.create(to=phone, from_=FROM_NUMBER, twiml="<Response><Say>Your results are ready.</Say></Response>")


def call_doctor_note(phone, note):
    twiml = "<Response><Say>%s</Say><Hangup/></Response>" % note
    # expect: twiml-injection
    return client.calls.create(to=phone, from_=FROM_NUMBER, twiml=twiml)


def update_live_call(call_sid, text):
    # expect: twiml-injection
    return client.calls(call_sid).update(twiml="<Response><Say>" + text + "</Say></Response>")


def text_reminder(appointment):
    return client.messages.create(to=appointment.phone, from_=FROM_NUMBER,
                                  body=f"Reminder: {appointment.when:%d %b %H:%M}")
