"""Cluster storage, shaped on magnum.db.sqlalchemy.api."""
import sqlite3

DB = "/var/lib/magnum/magnum.sqlite"


def _cursor():
    return sqlite3.connect(DB).cursor()


def get_cluster_list(project_id, limit, sort_key="id", sort_dir="asc"):
    direction = "DESC" if sort_dir == "desc" else "ASC"
    cur = _cursor()
    # expect: sql-injection
    cur.execute(f"SELECT uuid, name, status FROM cluster WHERE project_id = ? ORDER BY {sort_key} {direction} LIMIT ?", (project_id, limit))
    return cur.fetchall()


def get_cluster(cluster_uuid):
    cur = _cursor()
    cur.execute("SELECT uuid, name, kubeconfig FROM cluster WHERE uuid = ? OR name = ?", (cluster_uuid, cluster_uuid))
    row = cur.fetchone()
    return {"uuid": row[0], "name": row[1], "kubeconfig": row[2]}


def create_cluster(values):
    cur = _cursor()
    cur.execute("INSERT INTO cluster (uuid, name, discovery_url, node_count) VALUES (?, ?, ?, ?)",
                (values["uuid"], values["name"], values["discovery_url"], values["node_count"]))
    cur.connection.commit()


def update_cluster(cluster_uuid, node_count):
    cur = _cursor()
    cur.execute("UPDATE cluster SET node_count = ? WHERE uuid = ?", (int(node_count), cluster_uuid))
    cur.connection.commit()
