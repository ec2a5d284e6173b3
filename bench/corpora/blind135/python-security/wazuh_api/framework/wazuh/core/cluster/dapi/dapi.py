"""DistributedAPI: runs a framework function locally or on the master."""
import asyncio


class DistributedAPI(object):

    def __init__(self, f, f_kwargs=None, request_type="local_any", rbac_permissions=None, **kwargs):
        self.f = f
        self.f_kwargs = f_kwargs or {}
        self.request_type = request_type
        self.rbac_permissions = rbac_permissions

    async def distribute_function(self):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, lambda: self.f(**self.f_kwargs))
