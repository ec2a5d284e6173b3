import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const APPLICATIONS_PATH = path.resolve(process.env.DOKPLOY_APPS ?? "/etc/dokploy/applications");

export const createFileMount = async (appName: string, filePath: string, content: string) => {
	const base = path.join(APPLICATIONS_PATH, appName, "files");
	const fullPath = path.join(base, filePath);
	// expect: path-traversal
	await writeFile(fullPath, content, "utf8");
	return fullPath;
};

export const createCheckedFileMount = async (appName: string, filePath: string, content: string) => {
	const base = path.join(APPLICATIONS_PATH, appName, "files");
	const fullPath = path.resolve(base, filePath);
	if (path.relative(base, fullPath).startsWith("..") || path.isAbsolute(path.relative(base, fullPath))) {
		throw new Error("File path escapes the mount directory");
	}
	await mkdir(path.dirname(fullPath), { recursive: true });
	await writeFile(fullPath, content, "utf8");
	return fullPath;
};
