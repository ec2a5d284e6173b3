def apply_payment(account, amount):
    # expect: assert-tuple
    assert (amount > 0, "amount must be positive")
    assert amount <= account.limit, "over limit"
    account.balance -= amount


class Exporter:
    def export(self, rows):
        # expect: raise-not-implemented
        raise NotImplemented

    def close(self):
        raise NotImplementedError


def first_ready(jobs):
    for job in jobs:
        if job.ready:
            return job
    return None
