from unmanic.libs.unmodels import CompletedTasks


class History:
    def find_by_path(self, abspath):
        query = CompletedTasks.select().where(CompletedTasks.abspath.contains(abspath))
        return [t.task_label for t in query]

    def search_tasks(self, search_value, start=0):
        # expect: sql-injection
        query = CompletedTasks.raw(f"SELECT * FROM completedtasks WHERE task_label LIKE '%{search_value}%' LIMIT 50 OFFSET {start}")
        return [t.task_label for t in query]

    def count_success(self, label):
        return CompletedTasks.raw("SELECT COUNT(*) AS n FROM completedtasks WHERE task_label = ? AND task_success = 1", label)
