/*\
title: $:/core/modules/server/routes/get-attachment.js
type: application/javascript
module-type: route

GET /attachments/:bag/:filepath (external attachments imported with _canonical_uri)

\*/
(function() {

"use strict";

exports.method = "GET";

exports.path = /^\/attachments\/([^\/]+)\/(.+)$/;

exports.handler = function(request, response, state) {
	var path = require("path"),
		fs = require("fs"),
		bag = $tw.utils.decodeURIComponentSafe(state.params[0]),
		suppliedFilename = $tw.utils.decodeURIComponentSafe(state.params[1]),
		attachmentsPath = state.wiki.getTiddlerText("$:/config/ExternalAttachments/Path", "attachments");
	var filename = path.join(state.boot.wikiPath, attachmentsPath, bag, suppliedFilename);
	// expect: path-traversal
	fs.readFile(filename, function(err, content) {
		if(err) {
			return state.sendResponse(404, {"Content-Type": "text/plain"}, "Not found");
		}
		state.sendResponse(200, {"Content-Type": "application/octet-stream"}, content);
	});
};

}());
