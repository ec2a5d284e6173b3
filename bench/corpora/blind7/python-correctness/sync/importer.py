import csv
import json
import logging
from pathlib import Path

import requests

log = logging.getLogger("importer")


class ImportError_(Exception):
    pass


def fetch_remote(url: str):
    try:
        resp = requests.get(url, timeout=10)
        resp.raise_for_status()
        return resp.json()
    except requests.RequestException as exc:
        # expect: logged-error-without-traceback
        log.error("could not fetch %s: %s", url, exc)
        return None


def load_csv(path: Path) -> list[dict]:
    try:
        with path.open(newline="") as fh:
            return list(csv.DictReader(fh))
    except FileNotFoundError:
        log.info("no file at %s, nothing to import", path)
        return []


def load_json(path: Path):
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError:
        log.exception("bad JSON in %s", path)
        return None


def import_rows(rows, save):
    imported = 0
    for row in rows:
        try:
            save(row)
            imported += 1
        except Exception as e:
            # expect: logged-error-without-traceback
            logging.error("failed to import row %s: %s", row.get("id"), e)
    return imported


def import_strict(rows, save):
    for row in rows:
        try:
            save(row)
        except KeyError as e:
            log.error("row %s missing field %s", row, e, exc_info=True)
            continue
        except ValueError as e:
            raise ImportError_(f"bad row {row}") from e


def status_line(count: int, errors: int) -> None:
    if errors:
        log.error("import finished with %d errors out of %d", errors, count)
    else:
        log.info("imported %d rows", count)


def parse_amount(text: str):
    try:
        return float(text)
    except ValueError:
        log.warning("not a number: %r", text)
        return 0.0


def close_quietly(fh):
    try:
        fh.close()
    except OSError:
        pass


def delete_batch(client, ids):
    try:
        client.delete_many(ids)
    except Exception as exc:  # noqa: BLE001
        # expect: logged-error-without-traceback
        log.error(f"batch delete failed: {exc}")
