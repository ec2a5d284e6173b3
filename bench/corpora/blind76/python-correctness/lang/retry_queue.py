"""In-process retry queue for outbound webhooks."""
import logging
import time

log = logging.getLogger(__name__)


class RetryQueue:
    def __init__(self, sender, max_attempts=5):
        self.sender = sender
        self.max_attempts = max_attempts
        self.pending = []
        self.dead = []

    def flush(self):
        for delivery in self.pending:
            ok = self.sender.send(delivery)
            if ok:
                # expect: modify-while-iterating
                self.pending.pop(0)
            elif delivery.attempts >= self.max_attempts:
                self.dead.append(delivery)

    def requeue_children(self):
        for delivery in self.pending:
            if delivery.fan_out:
                # expect: modify-while-iterating
                self.pending.extend(delivery.children())

    def drain(self):
        while self.pending:
            delivery = self.pending.pop()
            self.sender.send(delivery)


def expand_batches(batches):
    for batch in batches:
        if len(batch) > 100:
            # expect: modify-while-iterating
            batches.append(batch[100:])
            del batch[100:]
    return batches


def retry_failed(jobs, runner):
    for job in jobs:
        try:
            runner(job)
        except TimeoutError:
            log.warning("job %s timed out, retrying", job)
            time.sleep(0.1)
            # expect: modify-while-iterating
            jobs.append(job)


def expand_safely(batches):
    out = []
    for batch in batches:
        while len(batch) > 100:
            out.append(batch[:100])
            batch = batch[100:]
        out.append(batch)
    return out


def prune(jobs):
    for job in list(jobs):
        if job.done:
            jobs.remove(job)
    return jobs


def requeue_copy(pending):
    for delivery in pending[:]:
        if delivery.fan_out:
            pending.extend(delivery.children())
    return pending
