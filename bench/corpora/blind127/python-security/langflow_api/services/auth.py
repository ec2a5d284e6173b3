"""Auth dependency (get_current_active_user) in the shape of langflow.services.auth.utils."""
from fastapi import Header, HTTPException

API_KEYS = {}


async def get_current_active_user(x_api_key: str = Header(default="")):
    user = API_KEYS.get(x_api_key)
    if user is None:
        raise HTTPException(status_code=401, detail="Invalid API key")
    return user
