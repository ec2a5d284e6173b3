"""Contact endpoints: list/search, photos, and shareable public cards."""
import html
import secrets

from litestar import Controller, MediaType, Request, Response, get, post
from litestar.exceptions import NotFoundException
from litestar.params import Parameter
from sqlalchemy.ext.asyncio import AsyncSession

from server.contacts import repository, services
from server.contacts.models import Contact
from server.contacts.schemas import ContactRead, PhotoFromUrl


class ContactController(Controller):
    path = "/contacts"

    @get("/")
    async def list_contacts(self, request: Request, db_session: AsyncSession,
                            search: str | None = None,
                            order: str = Parameter(default="name")) -> list[ContactRead]:
        rows = await repository.search_contacts(db_session, request.user.id, search, order)
        return [ContactRead.model_validate(r) for r in rows]

    @get("/by-company")
    async def by_company(self, request: Request, db_session: AsyncSession, company: str,
                         sort: str = "last_name") -> list[ContactRead]:
        rows = await repository.contacts_for_company(db_session, request.user.id, company, sort)
        return [ContactRead.model_validate(r) for r in rows]

    @post("/{contact_id:int}/photo-from-url")
    async def photo_from_url(self, request: Request, db_session: AsyncSession, contact_id: int,
                             data: PhotoFromUrl) -> ContactRead:
        contact = await repository.get_owned(db_session, request.user.id, contact_id)
        contact.photo = await services.download_photo(data.url)
        await db_session.commit()
        return ContactRead.model_validate(contact)

    @post("/{contact_id:int}/share")
    async def share(self, request: Request, db_session: AsyncSession, contact_id: int) -> dict:
        contact = await repository.get_owned(db_session, request.user.id, contact_id)
        contact.share_token = secrets.token_urlsafe(24)
        await db_session.commit()
        return {"url": f"/cards/{contact.share_token}"}


class PublicCardController(Controller):
    """Cards shared by link; anyone with the link can open them."""

    path = "/cards"

    @get("/{token:str}", media_type=MediaType.HTML)
    async def show_card(self, db_session: AsyncSession, token: str) -> Response:
        contact = await repository.by_share_token(db_session, token)
        if contact is None:
            raise NotFoundException()
        name = html.escape(f"{contact.first_name} {contact.last_name}")
        email = html.escape(contact.email or "")
        # expect: xss
        return Response(content=f"<article class='card'><h1>{name}</h1><a href='mailto:{email}'>{email}</a><div class='notes'>{contact.notes}</div></article>", media_type=MediaType.HTML)

    @get("/{token:str}/vcard", media_type="text/vcard")
    async def vcard(self, db_session: AsyncSession, token: str) -> Response:
        contact = await repository.by_share_token(db_session, token)
        if contact is None:
            raise NotFoundException()
        return Response(content=services.to_vcard(contact), media_type="text/vcard",
                        headers={"Content-Disposition": "attachment; filename=contact.vcf"})
