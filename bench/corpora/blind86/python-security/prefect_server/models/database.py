from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine


class PrefectDBInterface:
    def __init__(self, url):
        self.engine = create_async_engine(url)

    def session_context(self):
        return AsyncSession(self.engine)
