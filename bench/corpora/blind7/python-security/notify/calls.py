"""Appointment reminders: voice calls through Twilio, bookings from Postgres."""
import os
import urllib.request
from xml.sax.saxutils import escape

import aiopg
import pg8000.native
from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

twilio = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
FROM_NUMBER = os.environ["TWILIO_FROM"]


def db():
    return pg8000.native.Connection(
        user="reminders", host="db", database="clinic", password=os.environ["PGPASSWORD"]
    )


def bookings_for(clinic_code: str):
    con = db()
    try:
        return con.run("SELECT id, patient_name, phone, starts_at FROM bookings WHERE clinic = :c", c=clinic_code)
    finally:
        con.close()


def bookings_for_doctor(doctor: str):
    con = db()
    try:
        # expect: sql-injection
        return con.run(f"SELECT id, patient_name, phone, starts_at FROM bookings WHERE doctor = '{doctor}'")
    finally:
        con.close()


def clear_table(table: str) -> None:
    con = db()
    try:
        con.run("TRUNCATE " + pg8000.native.identifier(table))
    finally:
        con.close()


async def mark_called(dsn: str, booking_ids: list[int], note: str) -> None:
    async with aiopg.create_pool(dsn) as pool:
        async with pool.acquire() as conn:
            async with conn.cursor() as cur:
                await cur.execute("UPDATE bookings SET called = true WHERE id = ANY(%s)", (booking_ids,))
                # expect: sql-injection
                await cur.execute("INSERT INTO call_log (note) VALUES ('%s')" % note)


def call_patient(booking) -> str:
    call = twilio.calls.create(
        to=booking["phone"],
        from_=FROM_NUMBER,
        # expect: twiml-injection
        twiml=f"<Response><Say>Hello {booking['patient_name']}, this is a reminder of your appointment.</Say></Response>",
    )
    return call.sid


def call_patient_escaped(booking) -> str:
    name = escape(booking["patient_name"])
    call = twilio.calls.create(
        to=booking["phone"],
        from_=FROM_NUMBER,
        twiml=f"<Response><Say>Hello {name}, this is a reminder of your appointment.</Say></Response>",
    )
    return call.sid


def call_patient_builder(booking) -> str:
    response = VoiceResponse()
    response.say(f"Hello {booking['patient_name']}, this is a reminder of your appointment.")
    return twilio.calls.create(to=booking["phone"], from_=FROM_NUMBER, twiml=str(response)).sid


def fetch_holidays(year: int) -> bytes:
    opener = urllib.request.build_opener()
    opener.addheaders = [("User-Agent", "reminders/1.0")]
    # expect: cleartext-transport
    with opener.open(f"http://calendar.internal.example/holidays/{year}.ics", timeout=10) as resp:
        return resp.read()


def fetch_holidays_tls(year: int) -> bytes:
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler())
    with opener.open(f"https://calendar.example/holidays/{year}.ics", timeout=10) as resp:
        return resp.read()
