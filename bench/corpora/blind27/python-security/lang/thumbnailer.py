"""Runs ImageMagick to make thumbnails for uploaded images."""
import asyncio
import shlex


async def thumbnail(src: str, size: str):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"convert {src} -resize {size} {src}.thumb.png")
    await proc.wait()


async def thumbnail_loop(src: str):
    loop = asyncio.get_running_loop()
    cmd = "convert " + src + " -resize 128x128 out.png"
    # expect: command-injection
    transport, _ = await loop.subprocess_shell(asyncio.SubprocessProtocol, cmd)
    transport.close()


async def thumbnail_quoted(src: str):
    proc = await asyncio.create_subprocess_exec("convert", src, "-resize", "128x128", src + ".thumb.png")
    await proc.wait()


async def cleanup():
    proc = await asyncio.create_subprocess_shell("rm -f /tmp/thumbs/*.png")
    await proc.wait()
