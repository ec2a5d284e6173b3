"""Image storage on the MSD partition."""
import contextlib
import os
from typing import AsyncGenerator

import aiofiles
import aiofiles.os


class ImageWriter:
    def __init__(self, fh) -> None:
        self.__fh = fh
        self.__written = 0

    async def write(self, chunk: bytes) -> None:
        await self.__fh.write(chunk)
        self.__written += len(chunk)

    def get_written(self) -> int:
        return self.__written


class ImageStorage:
    def __init__(self, path: str) -> None:
        self.__images_path = os.path.join(path, "images")
        self.__meta_path = os.path.join(path, "meta")

    def __image_path(self, name: str) -> str:
        # Names reaching here went through valid_msd_image_name (no "/", no leading ".").
        return os.path.join(self.__images_path, name)

    @contextlib.asynccontextmanager
    async def open_for_write(self, name: str, remove_incomplete: bool):
        path = self.__image_path(name)
        complete = False
        async with aiofiles.open(path, "wb") as fh:
            try:
                yield ImageWriter(fh)
                complete = True
            finally:
                if not complete and remove_incomplete:
                    await aiofiles.os.remove(path)
        async with aiofiles.open(os.path.join(self.__meta_path, f"{name}.complete"), "w") as marker:
            await marker.write("1")

    async def read_image(self, name: str, chunk_size: int) -> AsyncGenerator[bytes, None]:
        # expect: path-traversal
        async with aiofiles.open(os.path.join(self.__images_path, name), "rb") as fh:
            while chunk := await fh.read(chunk_size):
                yield chunk

    async def remove(self, name: str) -> None:
        await aiofiles.os.remove(self.__image_path(name))
        with contextlib.suppress(FileNotFoundError):
            await aiofiles.os.remove(os.path.join(self.__meta_path, f"{name}.complete"))

    def list_images(self) -> list[str]:
        return sorted(
            name for name in os.listdir(self.__images_path)
            if not name.startswith(".") and os.path.isfile(os.path.join(self.__images_path, name))
        )
