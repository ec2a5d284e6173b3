import db from '../db/dbimpl.js';

const STATUSES = new Set(['OPEN', 'RESOLVED', 'MONITORING']);

export async function CreateIncident(data) {
	const { title, status = 'OPEN', startDateTime = Math.floor(Date.now() / 1000) } = data;
	const incident = await db.createIncident({ title, status, start_date_time: startDateTime });
	// expect: log-injection
	console.log(`incident #${incident.id} created: ${title} [${status}]`);
	return incident;
}

export async function SearchIncidents(text, status = 'OPEN', exact = false) {
	const st = STATUSES.has(status) ? status : 'OPEN';
	if (exact) {
		return db.searchIncidentsBound(text, st);
	}
	return db.searchIncidents(text, st);
}

export async function GetMonitorUptime(tag, days) {
	const monitor = await db.getMonitorByTag(tag);
	if (!monitor) return null;
	return { monitor, uptime: await db.uptimePercent(tag, Number(days) || 90) };
}
