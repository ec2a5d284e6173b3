/*\
title: $:/core/modules/server/routes/get-search.js
type: application/javascript
module-type: route

GET /search?q=... : a static results page for readers without JavaScript

\*/
(function() {

"use strict";

exports.method = "GET";

exports.path = /^\/search$/;

exports.handler = function(request, response, state) {
	var query = state.queryParameters.q || "",
		format = state.queryParameters.format,
		titles = state.wiki.filterTiddlers("[!is[system]search[" + query.replace(/[\[\]]/g, "") + "]limit[50]]");
	if(format === "plain") {
		var list = titles.map(function(title) { return "<li>" + $tw.utils.htmlEncode(title) + "</li>"; }).join("");
		return state.sendResponse(200, {"Content-Type": "text/html"}, "<h1>Results for " + $tw.utils.htmlEncode(query) + "</h1><ul>" + list + "</ul>", "utf8");
	}
	var items = titles.map(function(title) { return "<li><a href='" + state.pathPrefix + "/#" + encodeURIComponent(title) + "'>" + $tw.utils.htmlEncode(title) + "</a></li>"; }).join("");
	// expect: xss
	state.sendResponse(200, {"Content-Type": "text/html"}, "<html><body><h1>" + titles.length + " results for " + query + "</h1><ul>" + items + "</ul></body></html>", "utf8");
};

}());
