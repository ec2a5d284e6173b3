import os

from celery import shared_task

from shuup_admin.importer.readers import read_rows

IMPORT_ROOT = "/var/lib/shuup/imports"
IMPORTERS = {"product_importer": "products", "contact_importer": "contacts"}


@shared_task
def import_file(importer, file_name, shop_id):
    kind = IMPORTERS.get(importer, "products")
    path = os.path.join(IMPORT_ROOT, str(shop_id), file_name)
    # expect: path-traversal
    with open(path, "rb") as handle:
        data = handle.read()
    return read_rows(kind, os.path.splitext(file_name)[1], data)


@shared_task
def remove_import(file_name, shop_id):
    base = os.path.realpath(os.path.join(IMPORT_ROOT, str(shop_id)))
    path = os.path.realpath(os.path.join(base, file_name))
    if os.path.commonpath([base, path]) != base:
        raise ValueError("outside of import folder")
    os.remove(path)
