"""User profile endpoints."""
from litestar import Controller, get, patch, post
from litestar.exceptions import NotFoundException

from schemas.user import UserCreate, UserRead, UserUpdate
from services.user_service import UserService


class UserController(Controller):
    path = "/users"

    @post("/")
    async def create_user(self, user_service: UserService, data: UserCreate) -> UserRead:
        return await user_service.create(data)

    @get("/{user_id:int}")
    async def get_user(self, user_service: UserService, user_id: int) -> UserRead:
        user = await user_service.get(user_id)
        if user is None:
            raise NotFoundException(detail="user not found")
        return user

    @patch("/{user_id:int}")
    async def update_user(self, user_service: UserService, user_id: int, data: UserUpdate) -> UserRead:
        return await user_service.update(user_id, data)

    @post("/{user_id:int}/avatar/import")
    async def import_avatar(self, user_service: UserService, user_id: int, data: dict) -> UserRead:
        """Copy a profile picture from a URL the user pastes (e.g. their Gravatar or GitHub avatar)."""
        return await user_service.import_avatar(user_id, str(data.get("url", "")))
