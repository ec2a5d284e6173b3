import { exec, execFile } from "child_process";
import getServiceWidget, { servicesFromConfig } from "utils/config/service-helpers";

export default async function handler(req, res) {
  const { group, service, host } = req.query;

  if (group && service) {
    const groups = await servicesFromConfig();
    const entry = groups.flatMap((g) => Object.values(g)[0]).find((e) => Object.keys(e)[0] === service);
    const pingHost = entry ? new URL(Object.values(entry)[0].ping).hostname : null;
    if (!pingHost) return res.status(404).json({ error: "No ping target" });
    return execFile("ping", ["-c", "1", "-W", "2", pingHost], (err, stdout) => res.status(200).json({ alive: !err, stdout }));
  }

  const target = host || "localhost";
  // expect: command-injection
  exec(`ping -c 1 -W 2 ${target}`, (err, stdout) => res.status(200).json({ alive: !err, stdout }));
}
