"""Housekeeping of the in-memory job queues."""


def drop_finished(jobs):
    for job in jobs:
        if job.done:
            # expect: modify-while-iterating
            jobs.pop(jobs.index(job))
    return jobs


def expand_dependencies(tasks):
    for task in tasks:
        for dep in task.dependencies:
            if dep not in tasks:
                # expect: modify-while-iterating
                tasks.append(dep)
    return tasks


class RetryQueue:
    def __init__(self):
        self.pending = []

    def retry_all(self):
        for item in self.pending:
            if item.attempts < 3:
                item.attempts += 1
                # expect: modify-while-iterating
                self.pending.append(item)

    def flatten(self):
        for batch in self.pending:
            if isinstance(batch, list):
                # expect: modify-while-iterating
                self.pending.extend(batch)


def drop_finished_copy(jobs):
    for job in list(jobs):
        if job.done:
            jobs.remove(job)
    return jobs


def expand_dependencies_safe(tasks):
    extra = []
    for task in tasks:
        extra.extend(d for d in task.dependencies if d not in tasks and d not in extra)
    tasks.extend(extra)
    return tasks
