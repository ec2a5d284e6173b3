"""Custom commands stored per guild and rendered when invoked."""
import jinja2
from jinja2.sandbox import SandboxedEnvironment
from redbot.core import Config, commands

_sandbox = SandboxedEnvironment()


class CustomCommands(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.config = Config.get_conf(self, identifier=414589031223512)
        self.config.register_guild(commands={}, templates={})

    @commands.command(name="cc_create")
    @commands.mod_or_permissions(administrator=True)
    async def cc_create(self, ctx, command: str, *, text: str):
        async with self.config.guild(ctx.guild).commands() as cmds:
            cmds[command] = text
        await ctx.send("Custom command successfully added.")

    @commands.command(name="cc_template")
    @commands.mod_or_permissions(administrator=True)
    async def cc_template(self, ctx, command: str, *, text: str):
        async with self.config.guild(ctx.guild).templates() as tpls:
            tpls[command] = text
        await ctx.send("Template command added.")

    @commands.Cog.listener()
    async def on_message_without_command(self, message):
        if message.guild is None:
            return
        name = message.content.lstrip("!").split(" ")[0]
        cmds = await self.config.guild(message.guild).commands()
        tpls = await self.config.guild(message.guild).templates()
        if name in tpls:
            # expect: template-injection
            await message.channel.send(jinja2.Template(tpls[name]).render(author=message.author, guild=message.guild))
        elif name in cmds:
            await message.channel.send(_sandbox.from_string(cmds[name]).render(author=message.author.display_name))
