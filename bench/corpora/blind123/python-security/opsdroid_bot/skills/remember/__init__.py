"""Remember skill: stores and recalls things said in chat."""
from opsdroid.matchers import match_regex
from opsdroid.skill import Skill


class RememberSkill(Skill):

    @match_regex(r"remember (?P<key>\w+) is (?P<value>.+)")
    async def remember(self, message):
        key = message.entities["key"]["value"]
        await self.opsdroid.memory.put(key, message.entities["value"]["value"])
        await message.respond(f"OK, {key} remembered")

    @match_regex(r"what do you know about (?P<prefix>.+)")
    async def recall(self, message):
        prefix = message.entities["prefix"]["value"]
        keys = await self.opsdroid.memory.database.find(prefix)
        await message.respond(", ".join(keys) or "nothing")
