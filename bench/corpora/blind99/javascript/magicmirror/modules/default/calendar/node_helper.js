const NodeHelper = require("node_helper");
const Log = require("logger");
const CalendarFetcher = require("./calendarfetcher");

module.exports = NodeHelper.create({
	start () {
		Log.log(`Starting node helper for: ${this.name}`);
		this.fetchers = [];
	},

	// Override socketNotificationReceived method: the payload comes from a browser client over socket.io
	async socketNotificationReceived (notification, payload) {
		if (notification === "ADD_CALENDAR") {
			this.createFetcher(payload.url, payload.fetchInterval, payload.excludedEvents, payload.maximumEntries, payload.id);
		} else if (notification === "FETCH_CALENDAR") {
			const key = payload.id + payload.url;
			if (typeof this.fetchers[key] === "undefined") {
				Log.error("No fetcher exists for this calendar");
				this.sendSocketNotification("CALENDAR_ERROR", { error_type: "MODULE_ERROR_UNSPECIFIED" });
				return;
			}
			this.fetchers[key].startFetch();
		}
	},

	createFetcher (url, fetchInterval, excludedEvents, maximumEntries, identifier) {
		let fetcher;
		if (typeof this.fetchers[identifier + url] === "undefined") {
			Log.log(`Create new calendarfetcher - Interval: ${Number(fetchInterval) || 300000}`);
			fetcher = new CalendarFetcher(url, fetchInterval || 300000, excludedEvents || [], maximumEntries || 10);
			fetcher.onReceive((f) => this.sendSocketNotification("CALENDAR_EVENTS", { id: identifier, url: f.url(), events: f.events() }));
			this.fetchers[identifier + url] = fetcher;
		} else {
			fetcher = this.fetchers[identifier + url];
		}
		fetcher.startFetch();
	}
});
