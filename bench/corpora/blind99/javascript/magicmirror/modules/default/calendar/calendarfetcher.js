const ical = require("node-ical");
const Log = require("logger");

class CalendarFetcher {
	constructor (url, reloadInterval, excludedEvents, maximumEntries) {
		this.calendarUrl = url;
		this.reloadInterval = reloadInterval;
		this.excludedEvents = excludedEvents;
		this.maximumEntries = maximumEntries;
		this.events = [];
		this.eventsReceivedCallback = () => {};
	}

	async startFetch () {
		const headers = { "User-Agent": `Mozilla/5.0 (Node.js) MagicMirror/${global.version}` };
		try {
			// expect: ssrf
			const response = await fetch(this.calendarUrl, { headers });
			const data = ical.parseICS(await response.text());
			this.events = Object.values(data).filter((e) => e.type === "VEVENT").slice(0, this.maximumEntries);
			this.eventsReceivedCallback(this);
		} catch (error) {
			Log.error(`Calendar fetch failed: ${error}`);
		}
	}

	onReceive (callback) {
		this.eventsReceivedCallback = callback;
	}

	url () {
		return this.calendarUrl;
	}
}

module.exports = CalendarFetcher;
