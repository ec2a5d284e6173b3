"""Image helpers: safe fetching and ImageMagick/Pillow manipulation."""
import asyncio
import ipaddress
import os
import socket
import tempfile
from io import BytesIO
from urllib.parse import urlparse

from PIL import Image, ImageEnhance

MAX_BYTES = 8 * 1024 * 1024


async def fetch_public_image(session, url):
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ValueError("unsupported url")
    infos = await asyncio.get_running_loop().getaddrinfo(parsed.hostname, parsed.port or 443, type=socket.SOCK_STREAM)
    if not all(ipaddress.ip_address(i[4][0]).is_global for i in infos):
        raise ValueError("address not allowed")
    async with session.get(url, allow_redirects=False) as resp:
        return await resp.content.read(MAX_BYTES)


async def run_magik(data, scale):
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "in.png"), os.path.join(tmp, "out.png")
        with open(src, "wb") as fh:
            fh.write(data)
        size = f"{int(100 / scale)}%"
        proc = await asyncio.create_subprocess_exec("convert", src, "-liquid-rescale", size, "-resize", "100%", dst)
        await proc.wait()
        with open(dst, "rb") as fh:
            return fh.read()


async def caption(data, text):
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "in.png"), os.path.join(tmp, "out.png")
        with open(src, "wb") as fh:
            fh.write(data)
        # expect: command-injection
        proc = await asyncio.create_subprocess_shell(f"convert {src} -gravity north -pointsize 36 -annotate +0+10 '{text}' {dst}")
        await proc.wait()
        with open(dst, "rb") as fh:
            return fh.read()


async def caption_argv(data, text):
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "in.png"), os.path.join(tmp, "out.png")
        with open(src, "wb") as fh:
            fh.write(data)
        proc = await asyncio.create_subprocess_exec(
            "convert", src, "-gravity", "north", "-pointsize", "36", "-annotate", "+0+10", text, dst
        )
        await proc.wait()
        with open(dst, "rb") as fh:
            return fh.read()


def deepfry(data):
    img = Image.open(BytesIO(data)).convert("RGB")
    img = ImageEnhance.Contrast(ImageEnhance.Color(img).enhance(3.0)).enhance(2.0)
    out = BytesIO()
    img.save(out, format="JPEG", quality=8)
    return out.getvalue()


def to_gif(data):
    img = Image.open(BytesIO(data))
    out = BytesIO()
    img.save(out, format="GIF", save_all=True)
    return out.getvalue()
