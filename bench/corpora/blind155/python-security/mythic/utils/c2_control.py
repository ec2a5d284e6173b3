"""Start and stop C2 profile services on the Mythic host."""
import asyncio
import logging
import os

logger = logging.getLogger(__name__)

PROFILES_DIR = os.path.abspath("./app/c2_profiles")


async def start_profile(name, args=""):
    profile_dir = os.path.join(PROFILES_DIR, os.path.basename(name))
    logger.info("Starting c2 profile %s", name)
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell("cd %s && ./c2_service.sh %s" % (profile_dir, args), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    stdout, _ = await asyncio.wait_for(proc.communicate(), timeout=30)
    return stdout.decode(errors="replace")


async def stop_profile(name):
    profile_dir = os.path.join(PROFILES_DIR, os.path.basename(name))
    proc = await asyncio.create_subprocess_exec("./stop_service.sh", cwd=profile_dir, stdout=asyncio.subprocess.PIPE)
    stdout, _ = await asyncio.wait_for(proc.communicate(), timeout=30)
    return stdout.decode(errors="replace")


async def profile_status(name):
    profile_dir = os.path.join(PROFILES_DIR, os.path.basename(name))
    return os.path.exists(os.path.join(profile_dir, "running.pid"))


def list_profiles():
    return sorted(d for d in os.listdir(PROFILES_DIR) if os.path.isdir(os.path.join(PROFILES_DIR, d)))
