"""In-process stand-in for the job queue: opcodes run by the logical unit registered for their id."""
import itertools

from ganeti.cmdlib.instance import LU_REGISTRY


class JobQueue:
    def __init__(self):
        self._ids = itertools.count(1)

    def SubmitJob(self, ops):
        job_id = next(self._ids)
        for op in ops:
            lu = LU_REGISTRY[op.OP_ID](op)
            lu.CheckPrereq()
            lu.Exec()
        return job_id


JOB_QUEUE = JobQueue()
