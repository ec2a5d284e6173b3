import { Client } from "ssh2";

export const sshExec = (serverId: string, command: string) =>
	new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
		const conn = new Client();
		conn.on("ready", () => {
			// expect: command-injection
			conn.exec(command, (err, stream) => {
				if (err) return reject(err);
				let stdout = "";
				let stderr = "";
				stream.on("data", (d: Buffer) => (stdout += d.toString()));
				stream.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
				stream.on("close", () => {
					conn.end();
					resolve({ stdout, stderr });
				});
			});
		});
		conn.connect({ host: process.env[`SERVER_${serverId}_HOST`], username: "root" });
	});
