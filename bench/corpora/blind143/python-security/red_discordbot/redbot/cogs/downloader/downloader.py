"""Owner commands that manage cog repositories."""
from redbot.core import Config, commands

from redbot.cogs.downloader.repo_manager import RepoManager


class Downloader(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.config = Config.get_conf(self, identifier=998240343, force_registration=True)
        self._repo_manager = RepoManager()

    @commands.group()
    @commands.is_owner()
    async def repo(self, ctx: commands.Context):
        """Repo management commands."""

    @repo.command(name="add")
    async def _repo_add(self, ctx, name: str, repo_url: str, branch: str = None):
        if not branch:
            branch = "main"
        repo = await self._repo_manager.add_repo(url=repo_url, name=name, branch=branch)
        await ctx.send(f"Repo `{repo.name}` successfully added.")

    @repo.command(name="update")
    async def _repo_update(self, ctx, name: str):
        await self._repo_manager.update_repo(name)
        await ctx.send("Repo updated.")
