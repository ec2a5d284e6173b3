"""Bulk edit operations, dispatched by method name."""
from django.db import connection

from documents.models import Document


def apply(method, doc_ids, parameters):
    match method:
        case "set_correspondent":
            correspondent = parameters.get("correspondent")
            Document.objects.filter(id__in=doc_ids).update(correspondent_id=correspondent)
            column = "correspondent_id"
        case "add_tag" | "remove_tag":
            column = "tags"
        case "delete":
            Document.objects.filter(id__in=doc_ids).delete()
            return "OK"
        case _:
            raise ValueError(method)

    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE documents_document SET modified = now() WHERE id = ANY(%s) AND {column} IS NOT NULL",
            [list(doc_ids)],
        )
    return "OK"
