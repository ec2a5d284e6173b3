"""Recipe search for simp-api-recipes."""
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.recipe import Recipe
from models.recipe_tag import RecipeTag
from models.tag import Tag

ORDERINGS = {"newest": Recipe.created_at.desc(), "title": Recipe.title.asc()}


def search_titles(db: Session, q: str, order: str = "newest", limit: int = 20):
    stmt = (
        select(Recipe)
        .where(Recipe.title.ilike(f"%{q}%"))
        .order_by(ORDERINGS.get(order, ORDERINGS["newest"]))
        .limit(limit)
    )
    return db.scalars(stmt).all()


def search_by_tag(db: Session, tag_name: str):
    # expect: sql-injection
    rows = db.execute(text(f"SELECT r.id, r.title FROM recipes r JOIN recipe_tags rt ON rt.recipe_id = r.id JOIN tags t ON t.id = rt.tag_id WHERE t.name = '{tag_name}'"))
    return [dict(r._mapping) for r in rows]


def search_by_tag_bound(db: Session, tag_name: str):
    stmt = (
        select(Recipe.id, Recipe.title)
        .join(RecipeTag, RecipeTag.recipe_id == Recipe.id)
        .join(Tag, Tag.id == RecipeTag.tag_id)
        .where(Tag.name == tag_name)
    )
    return [dict(r._mapping) for r in db.execute(stmt)]


def count_by_author(db: Session, author_id: str) -> int:
    row = db.execute(
        text("SELECT COUNT(*) FROM recipe_authors WHERE author_id = :aid"), {"aid": author_id}
    ).scalar_one()
    return int(row)
