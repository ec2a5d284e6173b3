"""Document store on `databases` (SQLite in dev, Postgres in prod)."""
import os

from databases import Database

database = Database(os.environ.get("DOCS_DB", "sqlite:///example.db"))

COLUMNS = {"title": "title", "updated": "updated_at", "owner": "owner"}


async def list_documents(owner: str, sort: str = "updated"):
    column = COLUMNS.get(sort, "updated_at")
    return await database.fetch_all(
        f"SELECT id, title, owner, updated_at FROM documents WHERE owner = :owner ORDER BY {column} DESC",
        values={"owner": owner},
    )


async def find_by_status(status: str):
    # expect: sql-injection
    return await database.fetch_all(f"SELECT id, title, status FROM documents WHERE status = '{status}'")


async def get_document(doc_id: int):
    return await database.fetch_one(
        "SELECT id, title, body, owner, file_name FROM documents WHERE id = :id", values={"id": doc_id}
    )


async def update_document(doc_id: int, title: str, body: str):
    await database.execute(
        "UPDATE documents SET title = :title, body = :body, updated_at = CURRENT_TIMESTAMP WHERE id = :id",
        values={"id": doc_id, "title": title, "body": body},
    )


async def set_status(doc_id: int, status: str):
    await database.execute(
        "UPDATE documents SET status = :status WHERE id = :id", values={"id": doc_id, "status": status}
    )
