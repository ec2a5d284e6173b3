"""Global obfuscation settings per language; used when stagers and modules are generated."""
from fastapi import Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from empire.server.api.api_router import APIRouter
from empire.server.api.jwt_auth import get_current_active_user
from empire.server.core.db import models
from empire.server.core.db.base import get_db
from empire.server.server import main

router = APIRouter(prefix="/api/v2/obfuscation", tags=["obfuscation"], dependencies=[Depends(get_current_active_user)])

SUPPORTED_LANGUAGES = {"powershell", "csharp", "python"}


class ObfuscationConfigUpdateRequest(BaseModel):
    command: str
    module: str = "invoke-obfuscation"
    enabled: bool = False


@router.get("/global")
async def read_obfuscation_configs(db: Session = Depends(get_db)):
    return {"records": [c.__dict__ for c in db.query(models.ObfuscationConfig).all()]}


@router.put("/global/{language}")
async def update_obfuscation_config(language: str, req: ObfuscationConfigUpdateRequest, db: Session = Depends(get_db)):
    if language not in SUPPORTED_LANGUAGES:
        raise HTTPException(status_code=404, detail="Language not supported")
    config = db.query(models.ObfuscationConfig).filter(models.ObfuscationConfig.language == language).first()
    config.command = req.command
    config.module = req.module
    config.enabled = req.enabled
    db.commit()
    return {"language": language, "enabled": config.enabled}


@router.post("/global/{language}/preobfuscate", status_code=202)
async def preobfuscate_modules(language: str, reobfuscate: bool = False, db: Session = Depends(get_db)):
    if language != "powershell":
        raise HTTPException(status_code=400, detail="Preobfuscation only supported for powershell")
    config = db.query(models.ObfuscationConfig).filter(models.ObfuscationConfig.language == language).first()
    main.obfuscationv2.preobfuscate_modules(language, reobfuscate=reobfuscate, obfuscation_command=config.command)
    return {"started": True}
