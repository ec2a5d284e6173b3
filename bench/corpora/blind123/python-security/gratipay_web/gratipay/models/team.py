"""Teams on Gratipay are plural participants with members."""
from postgres.orm import Model

COLUMNS = {"name": "name", "homepage": "homepage", "product_or_service": "product_or_service", "image": "image_oid"}


class Team(Model):

    typname = "teams"

    @classmethod
    def from_slug(cls, db, slug):
        return db.one("SELECT teams.*::teams FROM teams WHERE slug_lower = lower(%s)", (slug,))

    @classmethod
    def search(cls, db, q):
        return db.all("SELECT name, slug FROM teams WHERE name ILIKE %(q)s AND is_approved", {"q": "%" + q + "%"})

    def update(self, db, **fields):
        sets = ", ".join(f"{COLUMNS[k]} = %({k})s" for k in fields if k in COLUMNS)
        params = dict(fields, id=self.id)
        db.run(f"UPDATE teams SET {sets} WHERE id = %(id)s", params)
