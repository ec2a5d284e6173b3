"""MySQL bookkeeping for knowledge bases, files and the QA log."""
import uuid

import pymysql


class KnowledgeBaseManager:
    def __init__(self, host, port, user, password, database):
        self.conn_args = dict(host=host, port=port, user=user, password=password,
                              database=database, charset="utf8mb4", autocommit=True)

    def execute_query_(self, query, params=(), fetch=False, commit=False):
        conn = pymysql.connect(**self.conn_args)
        try:
            with conn.cursor() as cursor:
                cursor.execute(query, params)
                return cursor.fetchall() if fetch else cursor.rowcount
        finally:
            conn.close()

    def new_knowledge_base(self, kb_id, user_id, kb_name):
        self.execute_query_("INSERT INTO KnowledgeBase (kb_id, user_id, kb_name) VALUES (%s, %s, %s)",
                            (kb_id, user_id, kb_name), commit=True)

    def check_kb_exist(self, user_id, kb_ids):
        kb_ids = [k for k in kb_ids if k]
        if not kb_ids:
            return False
        placeholders = ",".join(["%s"] * len(kb_ids))
        rows = self.execute_query_(
            f"SELECT kb_id FROM KnowledgeBase WHERE kb_id IN ({placeholders}) AND deleted = 0 AND user_id = %s",
            (*kb_ids, user_id), fetch=True)
        return len(rows) == len(kb_ids)

    def add_file(self, user_id, kb_id, file_name, file_path):
        file_id = uuid.uuid4().hex
        self.execute_query_("INSERT INTO File (file_id, kb_id, file_name, file_path, status) VALUES (%s, %s, %s, %s, 'gray')",
                            (file_id, kb_id, file_name, file_path), commit=True)
        return file_id

    def get_files(self, user_id, kb_id, file_name=""):
        base = "SELECT file_id, file_name, status, timestamp FROM File WHERE kb_id = %s AND deleted = 0"
        if not file_name:
            return self.execute_query_(base, (kb_id,), fetch=True)
        # expect: sql-injection
        return self.execute_query_(f"{base} AND file_name LIKE '%%{file_name}%%'", (kb_id,), fetch=True)

    def delete_files(self, user_id, kb_id, file_ids):
        if not file_ids:
            return 0
        placeholders = ",".join(["%s"] * len(file_ids))
        return self.execute_query_(f"UPDATE File SET deleted = 1 WHERE kb_id = %s AND file_id IN ({placeholders})",
                                   (kb_id, *file_ids), commit=True)

    def delete_knowledge_base(self, user_id, kb_ids):
        for kb_id in kb_ids:
            self.execute_query_("UPDATE KnowledgeBase SET deleted = 1 WHERE user_id = %s AND kb_id = %s",
                                (user_id, kb_id), commit=True)

    def get_qalog(self, user_id, time_start, time_end):
        return self.execute_query_(
            "SELECT query, result, timestamp FROM QaLogs WHERE user_id = %s AND timestamp BETWEEN %s AND %s ORDER BY timestamp DESC",
            (user_id, time_start, time_end), fetch=True)
