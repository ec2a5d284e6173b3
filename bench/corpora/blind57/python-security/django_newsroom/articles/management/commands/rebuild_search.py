"""manage.py rebuild_search: operators rebuild the search index from the shell."""
import os
import subprocess

from django.core.management.base import BaseCommand
from django.db import connection


class Command(BaseCommand):
    help = "Rebuild the article search index and optionally vacuum the table."

    def add_arguments(self, parser):
        parser.add_argument("--table", default="articles_article")
        parser.add_argument("--vacuum", action="store_true")
        parser.add_argument("--post-hook", default=os.environ.get("NEWSROOM_REINDEX_HOOK", ""))

    def handle(self, *args, **options):
        table = options["table"]
        with connection.cursor() as cursor:
            cursor.execute(f"REINDEX TABLE {table}")
            if options["vacuum"]:
                cursor.execute(f"VACUUM ANALYZE {table}")
        hook = options["post_hook"]
        if hook:
            subprocess.run(hook, shell=True, check=True)
        self.stdout.write(self.style.SUCCESS(f"reindexed {table}"))
