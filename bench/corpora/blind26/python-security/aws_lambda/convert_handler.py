"""Lambda that converts an uploaded document with an external tool."""
import asyncio
import json


async def convert(event):
    loop = asyncio.get_running_loop()
    fmt = event["queryStringParameters"]["format"]
    # expect: command-injection
    transport, proto = await loop.subprocess_exec(asyncio.SubprocessProtocol, "sh", "-c", "soffice --convert-to " + fmt)
    transport.close()


async def convert_tool(event):
    loop = asyncio.get_running_loop()
    tool = json.loads(event["body"])["tool"]
    # expect: command-injection
    await loop.subprocess_exec(asyncio.SubprocessProtocol, tool, "--version")


async def convert_fixed(event):
    loop = asyncio.get_running_loop()
    await loop.subprocess_exec(asyncio.SubprocessProtocol, "soffice", "--version")


def handler(event, context):
    asyncio.run(convert(event))
    return {"statusCode": 202}
