"""Registration, login and logout."""
from litestar import Controller, Request, post, get
from litestar.exceptions import NotAuthorizedException
from litestar.response import Redirect
from sqlalchemy.ext.asyncio import AsyncSession

from server.users import services
from server.users.schemas import LoginForm, RegisterForm, UserRead


def _same_site(target: str | None) -> str:
    """Only paths on this site: '/contacts' is fine, '//x' or 'https://x' are not."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/contacts"
    return target


class UserController(Controller):
    path = "/users"

    @post("/register")
    async def register(self, db_session: AsyncSession, data: RegisterForm) -> UserRead:
        user = await services.create_user(db_session, data.email, data.password)
        return UserRead.model_validate(user)

    @post("/login")
    async def login(self, request: Request, db_session: AsyncSession, data: LoginForm,
                    next: str | None = None) -> Redirect:
        user = await services.authenticate(db_session, data.email, data.password)
        if user is None:
            raise NotAuthorizedException("wrong email or password")
        request.set_session({"user_id": user.id})
        # expect: open-redirect
        return Redirect(path=next or "/contacts")

    @get("/logout")
    async def logout(self, request: Request, next: str | None = None) -> Redirect:
        request.clear_session()
        return Redirect(path=_same_site(next))

    @get("/me")
    async def me(self, request: Request) -> UserRead:
        return UserRead.model_validate(request.user)
