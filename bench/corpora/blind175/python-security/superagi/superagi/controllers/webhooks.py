"""Webhooks called when an agent execution changes status."""
from fastapi import APIRouter, Depends, HTTPException
from fastapi_jwt_auth import AuthJWT
from fastapi_sqlalchemy import db
from pydantic import BaseModel, HttpUrl

from superagi.helper.auth import check_auth, get_user_organisation
from superagi.models.webhooks import Webhooks

router = APIRouter()


class WebHookIn(BaseModel):
    name: str
    url: HttpUrl
    headers: dict = {}
    filters: dict = {"status": ["COMPLETED", "TERMINATED"]}


@router.post("/add", status_code=201)
def create_webhook(webhook: WebHookIn, Authorize: AuthJWT = Depends(check_auth)):
    organisation = get_user_organisation(Authorize)
    row = Webhooks(name=webhook.name, url=str(webhook.url), headers=webhook.headers,
                   org_id=organisation.id, is_deleted=False, filters=webhook.filters)
    db.session.add(row)
    db.session.commit()
    return {"id": row.id, "url": row.url}


@router.get("/get")
def get_webhooks(Authorize: AuthJWT = Depends(check_auth)):
    organisation = get_user_organisation(Authorize)
    return db.session.query(Webhooks).filter(Webhooks.org_id == organisation.id, Webhooks.is_deleted.is_(False)).all()


@router.post("/delete/{webhook_id}")
def delete_webhook(webhook_id: int, Authorize: AuthJWT = Depends(check_auth)):
    organisation = get_user_organisation(Authorize)
    row = db.session.query(Webhooks).filter(Webhooks.id == webhook_id, Webhooks.org_id == organisation.id).first()
    if row is None:
        raise HTTPException(status_code=404, detail="Webhook not found")
    row.is_deleted = True
    db.session.commit()
    return {"deleted": webhook_id}
