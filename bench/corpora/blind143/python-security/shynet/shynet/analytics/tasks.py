from celery import shared_task

from shynet.analytics.models import Hit, Session


@shared_task
def ingress_request(service_uuid, tracker, time, payload, ip, location, user_agent, identifier=""):
    session, _ = Session.objects.get_or_create(service_id=service_uuid, identifier=identifier[:256], defaults={"ip": ip, "user_agent": user_agent})
    Hit.objects.create(
        session=session,
        tracker=tracker,
        location=payload.get("location") or location,
        referrer=payload.get("referrer", ""),
        load_time=float(payload.get("loadTime", 0) or 0),
    )
