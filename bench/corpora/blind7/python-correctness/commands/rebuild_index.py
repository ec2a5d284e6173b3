import logging

from django.core.management.base import BaseCommand, CommandError

from search.index import SearchIndex

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Rebuild the product search index"

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--only", nargs="*", default=[])

    def handle(self, *args, batch_size=500, only=None, **options):
        index = SearchIndex()
        try:
            index.connect()
        except ConnectionError as exc:
            raise CommandError("search backend unreachable") from exc

        done = failed = 0
        for batch in index.batches(batch_size, only or None):
            try:
                index.push(batch)
                done += len(batch)
            except Exception as exc:
                failed += len(batch)
                # expect: logged-error-without-traceback
                logger.error("batch starting at %s failed: %r", batch[0].pk, exc)
        self.stdout.write(f"indexed {done}, failed {failed}")

    def _optimize(self, index):
        try:
            index.optimize()
        # expect: broad-except-swallowed
        except BaseException:
            pass

    def _drop_stale(self, index, names=None):
        # expect: none-comparison
        if names == None:  # noqa: E711
            names = []
        for name in names:
            try:
                index.drop(name)
            except KeyError:
                logger.debug("index %s already gone", name)

    def _ping(self, index):
        try:
            return index.ping()
        except TimeoutError:
            logger.error("ping timed out", exc_info=True)
            return False


# expect: mutable-default
def batched(seq, size, out=[]):
    for i in range(0, len(seq), size):
        out.append(seq[i : i + size])
    return out
