"""Auth dependencies."""
from fastapi import Header, HTTPException

USERS = {}


class auth:
    @staticmethod
    async def get_current_user(x_argilla_api_key: str = Header(default="")):
        user = USERS.get(x_argilla_api_key)
        if user is None:
            raise HTTPException(status_code=401)
        return user

    @staticmethod
    async def get_current_owner(x_argilla_api_key: str = Header(default="")):
        user = USERS.get(x_argilla_api_key)
        if user is None or user.get("role") != "owner":
            raise HTTPException(status_code=403)
        return user
