"""Incident routes."""
from fastapi import APIRouter, HTTPException

from dispatch.database.core import DbSession
from dispatch.database.service import CommonParameters, search_filter_sort_paginate
from dispatch.incident import service
from dispatch.incident.models import Incident, IncidentCreate, IncidentRead

router = APIRouter()


@router.get("")
def get_incidents(common: CommonParameters):
    return search_filter_sort_paginate(
        common["db_session"],
        Incident,
        query_str=common["query_str"],
        page=common["page"],
        items_per_page=common["items_per_page"],
        sort_by=common["sort_by"],
        descending=common["descending"],
    )


@router.post("", response_model=IncidentRead)
def create_incident(db_session: DbSession, incident_in: IncidentCreate):
    return service.create(db_session=db_session, incident_in=incident_in)


@router.get("/{incident_id}", response_model=IncidentRead)
def get_incident(db_session: DbSession, incident_id: int):
    incident = service.get(db_session=db_session, incident_id=incident_id)
    if incident is None:
        raise HTTPException(status_code=404, detail="Incident not found")
    return incident
