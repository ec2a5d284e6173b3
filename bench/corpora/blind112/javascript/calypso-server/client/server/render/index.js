import { renderToString } from 'react-dom/server';

function serializeState( state ) {
	return JSON.stringify( state ).replace( /</g, '\\u003c' );
}

export function attachInitialState( context, { raw } = {} ) {
	const state = {
		currentUser: context.user ? { ID: context.user.ID } : null,
		ui: { ref: context.query.ref, section: context.sectionName },
	};
	const serialized = raw ? JSON.stringify( state ) : serializeState( state );
	return `<script>window.initialReduxState = ${ serialized };</script>`;
}

export default function serverRender( req, res ) {
	const context = req.context;
	const body = context.layout ? renderToString( context.layout ) : '';
	const stateScript = attachInitialState( context, { raw: context.isDebug } );
	// expect: xss
	res.send( `<!DOCTYPE html><html><head><title>WordPress.com</title></head><body><div id="wpcom">${ body }</div>${ stateScript }</body></html>` );
}
