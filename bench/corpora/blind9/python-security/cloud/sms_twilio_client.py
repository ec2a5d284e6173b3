# library: twilio (REST client credentials)
"""SMS notifier used by the on-call bot."""
import os

from twilio.rest import Client

ACCOUNT_SID = "AC0a1b2c3d4e5f60718293a4b5c6d7e8f9"
# expect: hardcoded-secret
AUTH_TOKEN = "73cbb49580158534011e6c90b94f8429"


def legacy_client():
    return Client(ACCOUNT_SID, AUTH_TOKEN)


def client_from_env():
    return Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])


def backup_client():
    # expect: hardcoded-secret
    return Client("AC9f8e7d6c5b4a39281706f5e4d3c2b1a0", "32de4c58fb31845257065fec25f820d9")


def page(client, to, text):
    return client.messages.create(to=to, from_=os.environ["TWILIO_FROM"], body=text[:1500])
