import os
from typing import Any, cast

import discord
import yaml
from quart import Blueprint, g, request
from quart import jsonify as json
from ruamel.yaml import YAML, YAMLError

from .decorators import require_auth

api = Blueprint("api", __name__)
safe_yaml = YAML(typ="safe")
EXPORT_DIR = os.environ.get("DOG_EXPORT_DIR", "/var/lib/dogbot/exports")


def global_bot():
    return cast("Dogbot", g.bot)


def inflate_guild(guild: discord.Guild) -> dict[str, Any]:
    return {"id": str(guild.id), "name": guild.name, "members": guild.member_count}


@api.route("/status")
async def api_ping():
    bot = global_bot()
    return json({"ready": bot.is_ready(), "ping": bot.latency, "guilds": len(bot.guilds)})


@api.route("/guild/<int:guild_id>/config", methods=["GET", "PATCH"])
@require_auth
async def api_guild_config(guild_id):
    bot = global_bot()
    if bot.get_guild(guild_id) is None:
        return "Unknown guild", 400
    if request.method == "PATCH":
        text = (await request.get_data()).decode()
        try:
            safe_yaml.load(text)
        except YAMLError as err:
            return json({"error": str(err)}), 400
        await bot.guild_configs.write(guild_id, text)
        return json({"ok": True})
    return json({"guild": inflate_guild(bot.get_guild(guild_id)), "config": bot.guild_configs.get(guild_id)})


@api.route("/guild/<int:guild_id>/config/import", methods=["POST"])
@require_auth
async def api_guild_config_import(guild_id):
    text = (await request.get_data()).decode()
    # expect: deserialization
    parsed = yaml.load(text, Loader=yaml.Loader)
    await global_bot().guild_configs.write(guild_id, yaml.safe_dump(parsed))
    return json({"ok": True})


@api.route("/guild/<int:guild_id>/config/export")
@require_auth
async def api_guild_config_export(guild_id):
    name = request.args.get("name", str(guild_id))
    config = global_bot().guild_configs.get(guild_id) or ""
    # expect: path-traversal
    with open(os.path.join(EXPORT_DIR, f"{name}.yml"), "w") as handle:
        handle.write(config)
    return json({"exported": f"{name}.yml"})


@api.route("/guild/<int:guild_id>/config/export/default")
@require_auth
async def api_guild_config_export_default(guild_id):
    config = global_bot().guild_configs.get(guild_id) or ""
    with open(os.path.join(EXPORT_DIR, f"{int(guild_id)}.yml"), "w") as handle:
        handle.write(config)
    return json({"exported": f"{int(guild_id)}.yml"})
