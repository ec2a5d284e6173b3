"""Retry queue handling for the outbound mailer."""


def retry_failed(batch, send):
    # expect: modify-while-iterating
    for message in batch:
        if not send(message):
            batch.append(message)
    return batch


def flatten_threads(threads):
    # expect: modify-while-iterating
    for thread in threads:
        if thread.replies:
            threads.extend(thread.replies)
    return threads


def drop_bounced(recipients, bounced):
    # expect: modify-while-iterating
    for address in recipients:
        if address in bounced:
            recipients.pop(recipients.index(address))
    return recipients


def retry_failed_safe(batch, send):
    retry = []
    for message in batch:
        if not send(message):
            retry.append(message)
    batch.extend(retry)
    return batch


def drop_bounced_safe(recipients, bounced):
    for address in list(recipients):
        if address in bounced:
            recipients.remove(address)
    return [a for a in recipients if a not in bounced]


def pending(queue):
    while queue:
        item = queue.pop()
        yield item
