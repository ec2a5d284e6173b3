import secrets

from fastapi import Depends, HTTPException
from fastapi.security import HTTPBasic, HTTPBasicCredentials

security = HTTPBasic(auto_error=False)
API_USER = "glances"


def authentication(creds: HTTPBasicCredentials = Depends(security)):
    if creds is None:
        return None
    if not secrets.compare_digest(creds.username, API_USER):
        raise HTTPException(status_code=401)
    return creds.username
