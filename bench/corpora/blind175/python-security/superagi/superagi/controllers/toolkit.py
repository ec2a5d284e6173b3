"""Toolkits: list, install from marketplace or from a GitHub link."""
import re

import requests
from fastapi import APIRouter, Body, Depends, HTTPException
from fastapi_jwt_auth import AuthJWT
from fastapi_sqlalchemy import db

from superagi.config.config import get_config
from superagi.helper.auth import check_auth, get_user_organisation
from superagi.models.toolkit import Toolkit
from superagi.worker import download_and_install_tool

router = APIRouter()

GITHUB_REPO = re.compile(r"^https://github\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(?:\.git)?$")
MARKETPLACE_URL = get_config("MARKETPLACE_URL", "https://app.superagi.com/api")


@router.get("/get/list")
def list_toolkits(Authorize: AuthJWT = Depends(check_auth)):
    organisation = get_user_organisation(Authorize)
    return db.session.query(Toolkit).filter(Toolkit.organisation_id == organisation.id).all()


@router.get("/marketplace/list/{page}")
def marketplace_toolkits(page: int = 0):
    response = requests.get(f"{MARKETPLACE_URL}/toolkits/marketplace/list/{int(page)}", timeout=10)
    return response.json()


@router.get("/get/install/{toolkit_name}")
def install_from_marketplace(toolkit_name: str, Authorize: AuthJWT = Depends(check_auth)):
    organisation = get_user_organisation(Authorize)
    details = requests.get(f"{MARKETPLACE_URL}/toolkits/marketplace/details/{requests.utils.quote(toolkit_name)}",
                           timeout=10).json()
    link = details.get("tool_code_link", "")
    if not GITHUB_REPO.match(link):
        raise HTTPException(status_code=400, detail="Unexpected toolkit source")
    download_and_install_tool.delay({"github_link": link, "organisation_id": organisation.id, "checked": True})
    return {"message": "Tool install in progress"}


@router.post("/get/local/install")
def install_from_link(github_link: str = Body(..., embed=True), Authorize: AuthJWT = Depends(check_auth)):
    organisation = get_user_organisation(Authorize)
    if not github_link.startswith("https://"):
        raise HTTPException(status_code=400, detail="Link must use https")
    download_and_install_tool.delay({"github_link": github_link, "organisation_id": organisation.id})
    return {"message": "Tool install in progress"}
