"""CSV importer and counters of the Flask-SQLAlchemy catalogue app."""
import csv

from .extensions import db
from .models import Product, Supplier


def products_in_category(category_id):
    # expect: query-performance
    return len(Product.query.filter_by(category_id=category_id).all())


def supplier_has_products(supplier_id):
    # expect: query-performance
    return len(db.session.query(Product).filter(Product.supplier_id == supplier_id).all()) > 0


def import_suppliers(path):
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    # expect: query-performance
    for row in rows:
        db.session.add(Supplier(name=row["name"], country=row["country"]))
    db.session.commit()
    return len(rows)


def products_in_category_count(category_id):
    return Product.query.filter_by(category_id=category_id).count()


def import_products(path):
    with open(path, newline="") as fh:
        products = [Product(sku=r["sku"], name=r["name"], price_cents=int(r["price_cents"])) for r in csv.DictReader(fh)]
    db.session.add_all(products)
    db.session.commit()
    return len(products)


def price_report(category_id):
    items = Product.query.filter_by(category_id=category_id).order_by(Product.price_cents).all()
    return {"count": len(items), "cheapest": items[0].name if items else None, "skus": [p.sku for p in items]}
