"""Audio: track metadata lookups."""
import aiohttp
from redbot.core import commands

YOUTUBE_OEMBED = "https://www.youtube.com/oembed"


class Audio(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.session = aiohttp.ClientSession()

    @commands.command()
    @commands.guild_only()
    async def play(self, ctx, *, query: str):
        if query.startswith(("http://", "https://")):
            # expect: ssrf
            async with self.session.get(query, timeout=aiohttp.ClientTimeout(total=10)) as resp:
                title = resp.headers.get("content-type", "stream")
        else:
            async with self.session.get(YOUTUBE_OEMBED, params={"url": f"https://www.youtube.com/results?search_query={query}"}) as resp:
                title = (await resp.json()).get("title", query)
        await ctx.send(f"Queued: {title}")
