"""Model views of the back-office admin (SQLAdmin on Starlette)."""
import logging

from markupsafe import Markup
from sqladmin import ModelView
from sqlalchemy import Select, or_, text
from starlette.requests import Request

from app.models import Article, Customer, Order

logger = logging.getLogger(__name__)


class CustomerAdmin(ModelView, model=Customer):
    column_list = [Customer.id, Customer.name, Customer.email, Customer.bio]
    column_searchable_list = [Customer.name, Customer.email]
    column_sortable_list = [Customer.id, Customer.name, Customer.created_at]
    column_formatters = {
        Customer.name: lambda m, a: Markup("<b>{}</b>").format(m.name),
        # expect: xss
        Customer.bio: lambda m, a: Markup(m.bio or ""),
    }

    def search_query(self, stmt: Select, term: str) -> Select:
        return stmt.filter(or_(Customer.name.ilike(f"%{term}%"), Customer.email.ilike(f"%{term}%")))


class OrderAdmin(ModelView, model=Order):
    column_list = [Order.id, Order.reference, Order.total, Order.status]
    column_sortable_list = [Order.id, Order.total]

    def search_query(self, stmt: Select, term: str) -> Select:
        logger.debug("Order search for %r", term)
        # expect: sql-injection
        return stmt.filter(text(f"reference LIKE '%{term}%' OR notes LIKE '%{term}%'"))

    def sort_query(self, stmt: Select, request: Request) -> Select:
        sort_by = request.query_params.get("sortBy")
        if not sort_by:
            sort_by = "id"
        direction = "DESC" if request.query_params.get("sort") == "desc" else "ASC"
        # expect: sql-injection
        return stmt.order_by(text(f"{sort_by} {direction}"))


class ArticleAdmin(ModelView, model=Article):
    column_list = [Article.id, Article.title, Article.published]
    column_sortable_list = [Article.id, Article.title]
    sortable = {"id": Article.id, "title": Article.title}

    def search_query(self, stmt: Select, term: str) -> Select:
        return stmt.filter(text("title LIKE :term").bindparams(term=f"%{term}%"))

    def sort_query(self, stmt: Select, request: Request) -> Select:
        column = self.sortable.get(request.query_params.get("sortBy", "id"), Article.id)
        if request.query_params.get("sort") == "desc":
            column = column.desc()
        return stmt.order_by(column)
