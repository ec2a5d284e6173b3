"""Search repository used by the catalogue API."""
import sqlalchemy
import sqlalchemy as sa
from sqlalchemy import text
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

ALLOWED_SORT = {"name", "price", "created_at"}
LOW_STOCK = text("SELECT sku FROM products WHERE stock < 5")


class ProductSearch:
    def __init__(self, session: Session):
        self.session = session

    def by_name(self, name):
        # expect: sql-injection
        return self.session.execute(sqlalchemy.text(f"SELECT * FROM products WHERE name LIKE '%{name}%'")).all()

    def by_category(self, category, sort):
        # expect: sql-injection
        stmt = sql_text("SELECT * FROM products WHERE category = '" + category + "' ORDER BY " + sort)
        return self.session.execute(stmt).all()

    def by_vendor(self, vendor_ids):
        query = "SELECT * FROM products WHERE vendor_id IN (%s)" % ",".join(vendor_ids)
        # expect: sql-injection
        return self.session.execute(text(query)).all()

    def count_where(self, clause):
        # expect: sql-injection
        return self.session.execute(sa.text("SELECT count(*) FROM products WHERE {}".format(clause))).scalar()

    def by_name_safe(self, name):
        stmt = text("SELECT * FROM products WHERE name LIKE :pattern").bindparams(pattern=f"%{name}%")
        return self.session.execute(stmt).all()

    def sorted(self, sort):
        if sort not in ALLOWED_SORT:
            sort = "name"
        return self.session.execute(sa.select(sa.table("products")).order_by(sa.column(sort))).all()

    def low_stock(self):
        return [r.sku for r in self.session.execute(LOW_STOCK)]
