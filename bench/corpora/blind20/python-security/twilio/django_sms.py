"""Django views for inbound SMS (Twilio) and outbound notifications."""
import os

from django.http import HttpResponse
from django.utils.html import escape
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from twilio.rest import Client
from twilio.twiml.messaging_response import MessagingResponse

from .models import Subscriber

# expect: hardcoded-secret
client = Client("AC3f9b2e7d1c4a5f6e8d9c0b1a2f3e4d5c", "9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f")
ops_client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])


@csrf_exempt
@require_POST
def inbound(request):
    body = request.POST.get("Body", "").strip().lower()
    resp = MessagingResponse()
    if body == "stop":
        Subscriber.objects.filter(phone=request.POST["From"]).update(active=False)
        resp.message("You have been unsubscribed.")
    else:
        resp.message(f"Unknown command: {request.POST.get('Body', '')}")
    return HttpResponse(str(resp), content_type="text/xml")


@csrf_exempt
@require_POST
def inbound_raw(request):
    name = request.POST.get("ProfileName", "")
    # expect: xml-injection
    return HttpResponse("<?xml version='1.0'?><Response><Message>Hi " + name + "</Message></Response>", content_type="text/xml")


@csrf_exempt
@require_POST
def inbound_raw_escaped(request):
    name = request.POST.get("ProfileName", "")
    return HttpResponse(f"<?xml version='1.0'?><Response><Message>Hi {escape(name)}</Message></Response>", content_type="text/xml")


def notify(subscriber: Subscriber, text: str) -> str:
    msg = ops_client.messages.create(to=subscriber.phone, from_=os.environ["TWILIO_FROM"], body=text)
    return msg.sid
