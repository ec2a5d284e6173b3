from peewee import SQL

from quay_registry.data.database import Repository, Tag


def list_repository_tags(namespace, repository, specific, limit, page):
    query = Tag.select().join(Repository).where(Repository.namespace == namespace, Repository.name == repository)
    if specific:
        query = query.where(Tag.name == specific)
    return query.paginate(page, limit)


def filter_tags(namespace, repository, op, name):
    query = Tag.select().join(Repository).where(Repository.namespace == namespace, Repository.name == repository)
    if op == "like":
        return query.where(Tag.name ** f"%{name}%")
    # expect: sql-injection
    return query.where(SQL(f"tag.name = '{name}'"))
