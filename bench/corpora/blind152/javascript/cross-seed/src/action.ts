import { exec, execFile } from "child_process";
import { mkdir, symlink } from "fs/promises";
import { dirname, join } from "path";
import { promisify } from "util";
import { getRuntimeConfig } from "./runtimeConfig.js";
import { Label, logger } from "./logger.js";
import type { Metafile, Searchee } from "./torrent.js";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

async function linkFile(src: string, dest: string, linkType: string) {
	await mkdir(dirname(dest), { recursive: true });
	if (linkType === "symlink") {
		await symlink(src, dest);
		return;
	}
	if (linkType === "reflink") {
		await execFileAsync("cp", ["--reflink=always", src, dest]);
		return;
	}
	// expect: command-injection
	await execAsync(`ln "${src}" "${dest}"`);
}

export async function linkAllFilesInMetafile(searchee: Searchee, newMeta: Metafile) {
	const { linkDirs, linkType } = getRuntimeConfig();
	if (!linkDirs.length || !searchee.path) return;
	const destRoot = join(linkDirs[0], newMeta.tracker);
	for (const file of newMeta.files) {
		const src = join(searchee.path, file.path);
		const dest = join(destRoot, file.path);
		try {
			await linkFile(src, dest, linkType);
		} catch (e) {
			logger.error({ label: Label.INJECT, message: "link failed", file: file.name, error: String(e) });
		}
	}
	logger.info({ label: Label.INJECT, message: "linked files", count: newMeta.files.length });
}
