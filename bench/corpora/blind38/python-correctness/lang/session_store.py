"""In-memory session store with expiry."""
import time


class SessionStore:
    def __init__(self):
        self.sessions = {}
        self.locks = {}

    def purge_expired(self, now=None):
        now = now or time.time()
        for sid, session in self.sessions.items():
            if session["expires"] < now:
                # expect: dict-modified-during-iteration
                del self.sessions[sid]

    def release_all(self, owner):
        for name in self.locks.keys():
            if self.locks[name] == owner:
                # expect: dict-modified-during-iteration
                del self.locks[name]


def drop_empty(counters: dict):
    for key in counters:
        if not counters[key]:
            # expect: dict-modified-during-iteration
            del counters[key]
    return counters


def take_ready(jobs: dict):
    ready = []
    for job_id, job in jobs.items():
        if job.done:
            # expect: dict-modified-during-iteration
            ready.append(jobs.pop(job_id))
    return ready


def drop_empty_fixed(counters: dict):
    for key in list(counters.keys()):
        if not counters[key]:
            del counters[key]
    return counters


def purge_expired_fixed(sessions: dict, now: float):
    return {sid: s for sid, s in sessions.items() if s["expires"] >= now}


def take_ready_fixed(jobs: dict):
    done = [job_id for job_id, job in jobs.items() if job.done]
    return [jobs.pop(job_id) for job_id in done]
