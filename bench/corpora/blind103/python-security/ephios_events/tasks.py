from celery import shared_task
from django.core.mail import send_mail

from .models import Event
from .notifications import render_event_notification


@shared_task
def send_signup_mail(event_pk, participant):
    event = Event.objects.get(pk=event_pk)
    body = render_event_notification(event, participant)
    send_mail("Signup", body, None, ["planning@example.org"])
