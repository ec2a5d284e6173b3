"""Mod log cases kept in sqlite."""
import sqlite3

from redbot.core import commands


class ModLog(commands.Cog):
    def __init__(self, bot, db_path="/data/modlog.sqlite3"):
        self.bot = bot
        self.conn = sqlite3.connect(db_path)

    @commands.command()
    @commands.mod()
    async def casesfor(self, ctx, *, username: str):
        cur = self.conn.execute("SELECT case_number, action FROM cases WHERE guild_id = ? AND username = ?", (ctx.guild.id, username))
        await ctx.send("\n".join(f"#{n} {a}" for n, a in cur.fetchall()) or "No cases.")

    @commands.command()
    @commands.mod()
    async def casesearch(self, ctx, *, reason: str):
        # expect: sql-injection
        cur = self.conn.execute(f"SELECT case_number, action FROM cases WHERE guild_id = {int(ctx.guild.id)} AND reason LIKE '%{reason}%'")
        await ctx.send("\n".join(f"#{n} {a}" for n, a in cur.fetchall()) or "No cases.")
