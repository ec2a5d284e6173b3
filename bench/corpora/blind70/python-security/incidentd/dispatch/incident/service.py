"""Incident service layer."""
import os

import httpx

from dispatch.incident.models import Incident, IncidentCreate
from dispatch.logging_context import log_action, log_action_plain

REFERENCE_FETCH_TIMEOUT = float(os.environ.get("REFERENCE_FETCH_TIMEOUT", "5"))
STATUS_PAGE = "https://status.example.com/api/v2/summary.json"


def fetch_reference_title(url: str) -> str:
    # expect: ssrf
    response = httpx.get(url, timeout=REFERENCE_FETCH_TIMEOUT, follow_redirects=False)
    text = response.text
    start = text.find("<title>")
    return text[start + 7 : text.find("</title>")].strip() if start >= 0 else ""


def fetch_status_summary() -> dict:
    return httpx.get(STATUS_PAGE, timeout=REFERENCE_FETCH_TIMEOUT).json()


def create(*, db_session, incident_in: IncidentCreate) -> Incident:
    incident = Incident(title=incident_in.title)
    if incident_in.reference_url is not None:
        incident.reference_title = fetch_reference_title(str(incident_in.reference_url))
    db_session.add(incident)
    db_session.commit()
    log_action("incident created", incident.id)
    return incident


def get(*, db_session, incident_id: int):
    incident = db_session.get(Incident, incident_id)
    log_action_plain("incident read", incident_id)
    return incident
