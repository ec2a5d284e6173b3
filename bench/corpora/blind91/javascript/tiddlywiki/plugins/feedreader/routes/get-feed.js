/*\
title: $:/plugins/corpus/feedreader/routes/get-feed.js
type: application/javascript
module-type: route

GET /feedreader/fetch?url=... : fetches an RSS feed server-side for the FeedReader tiddler

\*/
(function() {

"use strict";

var https = require("https");

var fetchText = function(target, callback) {
	// expect: ssrf
	https.get(target, function(res) {
		var body = "";
		res.on("data", function(chunk) { body += chunk; });
		res.on("end", function() { callback(null, res.statusCode, body); });
	}).on("error", callback);
};

var fetchAllowed = function(target, allowedHosts, callback) {
	var parsed = new URL(target);
	if(parsed.protocol !== "https:" || allowedHosts.indexOf(parsed.hostname) === -1) {
		return callback(new Error("host not allowed"));
	}
	https.get(parsed, function(res) {
		var body = "";
		res.on("data", function(chunk) { body += chunk; });
		res.on("end", function() { callback(null, res.statusCode, body); });
	}).on("error", callback);
};

exports.method = "GET";

exports.path = /^\/feedreader\/fetch$/;

exports.handler = function(request, response, state) {
	var target = state.queryParameters.url,
		allowedHosts = $tw.utils.parseStringArray(state.wiki.getTiddlerText("$:/config/FeedReader/AllowedHosts", "")),
		done = function(err, status, body) {
			if(err) {
				return state.sendResponse(502, {"Content-Type": "text/plain"}, "Fetch failed");
			}
			state.sendResponse(status, {"Content-Type": "application/xml"}, body);
		};
	if(allowedHosts.length > 0) {
		fetchAllowed(target, allowedHosts, done);
	} else {
		fetchText(target, done);
	}
};

}());
