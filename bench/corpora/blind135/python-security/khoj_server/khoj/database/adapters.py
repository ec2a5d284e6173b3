"""Adapters over the Django models used by the FastAPI routers."""
from django.db import connection

from khoj.database.models import Entry

FILE_TYPES = {"markdown", "org", "pdf", "plaintext", "github", "notion"}


class EntryAdapters(object):

    @staticmethod
    def search_with_embeddings(user, raw_query, file_type_filter=None, max_results=5):
        if not file_type_filter:
            file_type_filter = "all"
        if file_type_filter in FILE_TYPES:
            return list(Entry.objects.filter(user=user, file_type=file_type_filter,
                                             raw__icontains=raw_query)[:max_results].values("raw"))
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(f"SELECT raw FROM database_entry WHERE user_id = %s AND (file_type = '{file_type_filter}' OR '{file_type_filter}' = 'all') AND raw ILIKE %s LIMIT %s", [user.id, "%" + raw_query + "%", int(max_results)])
            return cursor.fetchall()

    @staticmethod
    def delete_entry_by_file(user, file_path):
        return Entry.objects.filter(user=user, file_path=file_path).delete()
