"""RQ jobs that build CSV/XML exports."""
import csv
import os
import sqlite3
import subprocess

from lxml import etree

EXPORT_DIR = "/srv/exports"
DB_PATH = "/srv/data/app.db"


def export_table(table_filter: str, out_name: str) -> str:
    conn = sqlite3.connect(DB_PATH)
    try:
        # expect: sql-injection
        rows = conn.execute("SELECT id, email, created FROM users WHERE " + table_filter).fetchall()
    finally:
        conn.close()
    path = os.path.join(EXPORT_DIR, os.path.basename(out_name))
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def export_since(days: int, out_name: str) -> str:
    conn = sqlite3.connect(DB_PATH)
    try:
        rows = conn.execute(
            "SELECT id, email, created FROM users WHERE created > date('now', ?)", (f"-{int(days)} days",)
        ).fetchall()
    finally:
        conn.close()
    path = os.path.join(EXPORT_DIR, os.path.basename(out_name))
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def compress(out_name: str, level: str) -> None:
    # expect: command-injection
    subprocess.call("gzip -" + level + " " + os.path.join(EXPORT_DIR, out_name), shell=True)


def compress_argv(out_name: str, level: int) -> None:
    subprocess.call(["gzip", f"-{max(1, min(level, 9))}", os.path.join(EXPORT_DIR, os.path.basename(out_name))])


def import_mapping(xml_text: str) -> int:
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    # expect: xxe
    root = etree.fromstring(xml_text.encode(), parser=parser)
    return len(root)


def import_mapping_safe(xml_text: str) -> int:
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    root = etree.fromstring(xml_text.encode(), parser=parser)
    return len(root)
