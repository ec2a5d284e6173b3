from sqlalchemy import text


def find_entry(db, username, slug):
    return db.execute(text("SELECT m.id, m.title FROM core__media_entries m JOIN core__users u ON u.id = m.actor WHERE u.username = :u AND m.slug = :s"), {"u": username, "s": slug}).first()


def delete_entry(db, username, slug):
    # expect: sql-injection
    db.execute(text(f"DELETE FROM core__media_entries WHERE slug = '{slug}' AND actor = (SELECT id FROM core__users WHERE username = '{username}')"))


def delete_collection(db, collection_slug):
    db.execute(text("DELETE FROM core__collections WHERE slug = :slug"), {"slug": collection_slug})
