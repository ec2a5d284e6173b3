"""Stored scripts."""
import sqlite3

_CONN = sqlite3.connect("/var/lib/cloudkitty/pyscripts.sqlite")


def add_script(name, data, checksum):
    cur = _CONN.execute("INSERT INTO pyscripts_scripts (name, data, checksum) VALUES (?, ?, ?)", (name, data, checksum))
    _CONN.commit()
    return cur.lastrowid


def list_scripts():
    return _CONN.execute("SELECT name, data FROM pyscripts_scripts").fetchall()
