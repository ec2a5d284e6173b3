/*\
title: $:/core/modules/server/routes/get-login-basic.js
type: application/javascript
module-type: route

GET /login-basic

\*/
(function() {

"use strict";

exports.method = "GET";

exports.path = /^\/login-basic$/;

exports.handler = function(request, response, state) {
	if(!state.authenticatedUsername) {
		// Challenge if there's no username
		response.writeHead(401, {
			"WWW-Authenticate": 'Basic realm="Please provide your username and password to login to ' + state.server.servername + '"'
		});
		response.end();
	} else {
		// Redirect to the page the user came from, or the root of the wiki
		var returnTo = state.queryParameters.returnTo;
		var target = (typeof returnTo === "string" && returnTo.charAt(0) === "/" && returnTo.charAt(1) !== "/" && returnTo.charAt(1) !== "\\") ? returnTo : "/";
		response.writeHead(302, {
			"Location": state.pathPrefix + target
		});
		response.end();
	}
};

}());
