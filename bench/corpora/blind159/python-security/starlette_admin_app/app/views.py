"""Admin views: an SQLAlchemy view with actions and a raw-SQL backed view."""
from typing import Any, Dict, List, Optional, Sequence, Union

from starlette.requests import Request
from starlette_admin import BaseModelView, IntegerField, StringField, TextAreaField, URLField, action, row_action
from starlette_admin.contrib.sqla import ModelView

from .media import export_rows, fetch_cover
from .repository import ArticleRepository


class PostView(ModelView):
    fields = ["id", "title", "body", URLField("cover_url")]
    sortable_fields = ["id", "title"]
    searchable_fields = ["title"]

    @row_action(name="refresh_cover", text="Refresh cover", confirmation="Fetch the cover again?")
    async def refresh_cover(self, request: Request, pk: Any) -> str:
        session = request.state.session
        post = await self.find_by_pk(request, pk)
        post.cover_path = fetch_cover(post.id, post.cover_url)
        session.commit()
        return "Cover refreshed"

    @action(name="export", text="Export", form="<input name='filename' type='text'>")
    async def export_action(self, request: Request, pks: List[Any]) -> str:
        data: Dict = await request.form()
        filename = data.get("filename") or "posts.csv"
        rows = [await self.find_by_pk(request, pk) for pk in pks]
        export_rows(filename, [(r.id, r.title) for r in rows])
        return f"{len(rows)} posts exported"


class ArticleView(BaseModelView):
    pk_attr = "id"
    fields = [IntegerField("id"), StringField("title"), TextAreaField("summary")]
    sortable_fields = ["id", "title"]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.repository = ArticleRepository()

    async def count(self, request: Request, where: Union[Dict[str, Any], str, None] = None) -> int:
        return self.repository.count(where if isinstance(where, str) else None)

    async def find_all(
        self,
        request: Request,
        skip: int = 0,
        limit: int = 100,
        where: Union[Dict[str, Any], str, None] = None,
        order_by: Optional[List[str]] = None,
    ) -> Sequence[Any]:
        term = where if isinstance(where, str) else None
        return self.repository.find(term, order_by or [], skip=skip, limit=limit)

    async def find_by_pk(self, request: Request, pk: Any) -> Any:
        return self.repository.get(int(pk))

    async def find_by_pks(self, request: Request, pks: List[Any]) -> Sequence[Any]:
        return [self.repository.get(int(pk)) for pk in pks]
