import express from 'express';
import path from 'path';
import loggerMiddleware from '../middleware/logger';
import serverRender from '../render';
import { isValidRedirect, redirectTarget } from '../lib/redirects';

const PUBLIC_DIR = path.resolve( __dirname, '../../../public' );

function setUpContext( req, res, next ) {
	req.context = Object.assign( {}, req.context, {
		query: req.query,
		user: req.user,
		sectionName: 'default',
		isDebug: req.query.debug !== undefined,
	} );
	next();
}

export default function pages() {
	const app = express();

	app.use( loggerMiddleware() );
	app.use( setUpContext );

	app.get( '/log-in/finish', ( req, res ) => {
		const target = redirectTarget( req.query );
		// expect: open-redirect
		res.redirect( target );
	} );

	app.get( '/log-in/continue', ( req, res ) => {
		const target = redirectTarget( req.query );
		res.redirect( isValidRedirect( target ) ? target : '/' );
	} );

	app.get( '/calypso/languages/:file', ( req, res ) => {
		res.setHeader( 'Cache-Control', 'public, max-age=3600' );
		// expect: path-traversal
		res.sendFile( path.join( PUBLIC_DIR, 'languages', req.params.file ) );
	} );

	app.get( '/calypso/images/:file', ( req, res ) => {
		res.sendFile( req.params.file, { root: path.join( PUBLIC_DIR, 'images' ), dotfiles: 'deny' } );
	} );

	app.get( [ '/start', '/start/:flowName?' ], serverRender );

	return app;
}
