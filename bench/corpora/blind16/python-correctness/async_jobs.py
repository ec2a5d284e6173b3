import asyncio


async def save(db, record):
    await db.insert(record)


async def notify(bus, event):
    await bus.publish(event)


async def handle(db, bus, record):
    # expect: missing-await
    save(db, record)
    await notify(bus, {"id": record["id"]})


async def handle_many(db, bus, records):
    await asyncio.gather(*(save(db, r) for r in records))
    for r in records:
        # expect: missing-await
        notify(bus, {"id": r["id"]})


async def handle_background(db, record, tasks):
    task = asyncio.create_task(save(db, record))
    tasks.add(task)
    task.add_done_callback(tasks.discard)
