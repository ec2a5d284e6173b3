import { v4 as uuid } from 'uuid';
import { getLogger } from '../lib/logger';

const logger = getLogger();

export default function loggerMiddleware() {
	return ( req, res, next ) => {
		req.context = req.context || {};
		req.context.requestId = uuid();
		req.context.userAgent = req.get( 'user-agent' ) || 'unknown';
		res.on( 'finish', () => {
			logger.info( { requestId: req.context.requestId, status: res.statusCode, path: req.path }, 'request finished' );
			if ( res.statusCode >= 500 ) {
				// expect: log-injection
				console.error( `[calypso] ${ req.method } ${ req.originalUrl } failed for ${ req.context.userAgent }` );
			}
		} );
		next();
	};
}
