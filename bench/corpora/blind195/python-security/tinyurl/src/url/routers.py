from litestar import Request, Router, get, post
from litestar.di import Provide
from litestar.exceptions import NotAuthorizedException, NotFoundException
from litestar.response import Redirect
from sqlalchemy.ext.asyncio import AsyncSession

from . import service
from .repository import UrlRepository


async def provide_repo(db_session: AsyncSession) -> UrlRepository:
    return UrlRepository(db_session)


@post("/shorten")
async def shorten(data: dict, repo: UrlRepository, request: Request) -> dict:
    slug = await service.shorten(repo, data["url"], request.user.username)
    return {"slug": slug, "title": await service.preview_title_checked(data["url"])}


@get("/preview")
async def preview(url: str) -> dict:
    return {"title": await service.preview_title(url)}


@get("/search")
async def search(q: str, repo: UrlRepository, request: Request) -> list[dict]:
    return await repo.search_targets(request.user.username, q)


@get("/v2/search")
async def search_v2(q: str, repo: UrlRepository, request: Request) -> list[dict]:
    return await repo.search_targets_bound(request.user.username, q)


@get("/admin/stats")
async def admin_stats(request: Request) -> dict:
    claims = service.admin_claims_fast(request.headers.get("x-admin-token", ""))
    if claims.get("role") != "admin":
        raise NotAuthorizedException()
    return {"ok": True}


@get("/after-login")
async def after_login(next: str = "/") -> Redirect:
    # expect: open-redirect
    return Redirect(path=next)


@get("/v2/after-login")
async def after_login_v2(next: str = "/") -> Redirect:
    if not next.startswith("/") or next.startswith("//"):
        next = "/"
    return Redirect(path=next)


@get("/{slug:str}")
async def follow(slug: str, repo: UrlRepository) -> Redirect:
    row = await repo.get_by_slug(slug)
    if row is None:
        raise NotFoundException()
    await repo.hit(slug)
    return Redirect(path=row.target)


def get_router() -> Router:
    return Router(
        path="/url",
        route_handlers=[shorten, preview, search, search_v2, admin_stats, after_login, after_login_v2, follow],
        dependencies={"repo": Provide(provide_repo)},
    )
