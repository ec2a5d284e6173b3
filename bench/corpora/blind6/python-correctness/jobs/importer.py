"""CSV importer management command."""
import csv
import logging

import attr
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction

from catalog.models import Item

logger = logging.getLogger("catalog.importer")


@attr.s
class ImportStats:
    created = attr.ib(default=0)
    skipped = attr.ib(default=0)
    # expect: attrs-mutable-default
    errors = attr.ib(default=[])
    seen = attr.ib(factory=set)


@attr.s(frozen=True)
class Row:
    sku = attr.ib()
    name = attr.ib()
    labels = attr.ib(default=attr.Factory(list))


class Command(BaseCommand):
    help = "Import catalog items from a CSV file"

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, **options):
        stats = ImportStats()
        try:
            fh = open(options["path"], newline="", encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot open {options['path']}: {exc}") from exc
        with fh:
            for raw in csv.DictReader(fh):
                self.import_row(raw, stats)
        logger.info("created %d, skipped %d", stats.created, stats.skipped)

    def import_row(self, raw, stats):
        try:
            row = Row(sku=raw["sku"], name=raw["name"])
        except KeyError as exc:
            # expect: error-log-in-swallowing-except
            logger.error("row without %s, skipped", exc)
            stats.skipped += 1
            return
        try:
            with transaction.atomic():
                Item.objects.create(sku=row.sku, name=row.name)
            stats.created += 1
        except IntegrityError:
            logger.warning("duplicate sku %s", row.sku)
            stats.skipped += 1
        except Exception:
            logger.exception("unexpected failure importing %s", row.sku)
            stats.errors.append(row.sku)
