import sqlalchemy as sa


async def read_deployment(session, deployment_id):
    result = await session.execute(sa.text("SELECT * FROM deployment WHERE id = :id"), {"id": deployment_id})
    return result.first()
