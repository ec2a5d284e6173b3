# library: asyncio (create_task whose result is dropped)
import asyncio

background_tasks = set()


async def send_welcome(user):
    await asyncio.sleep(0)


async def on_signup(user):
    # expect: task-gc
    asyncio.create_task(send_welcome(user))
    return {"ok": True}


async def on_login(user, loop):
    # expect: task-gc
    loop.create_task(send_welcome(user))


async def on_signup_ok(user):
    task = asyncio.create_task(send_welcome(user))
    background_tasks.add(task)
    task.add_done_callback(background_tasks.discard)


async def on_import(users):
    async with asyncio.TaskGroup() as tg:
        for user in users:
            tg.create_task(send_welcome(user))


async def on_verify(user):
    await asyncio.create_task(send_welcome(user))
