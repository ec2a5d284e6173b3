import { Get, RestController } from '@n8n/decorators';
import type { Request, Response } from 'express';
import { BinaryDataService } from '@/binary-data/binary-data.service';
import { BadRequestError } from '@/errors/response-errors/bad-request.error';

@RestController('/binary-data')
export class BinaryDataController {
	constructor(private readonly binaryDataService: BinaryDataService) {}

	@Get('/')
	async get(req: Request<{}, {}, {}, { id: string; action?: string; fileName?: string }>, res: Response) {
		const { id, action } = req.query;
		if (!id) throw new BadRequestError('Missing binary data ID');
		const stream = this.binaryDataService.getAsStream(id);
		if (action === 'download') {
			res.setHeader('Content-Disposition', 'attachment');
		}
		return stream;
	}

	@Get('/checked')
	async getChecked(req: Request<{}, {}, {}, { id: string; fileName?: string }>, res: Response) {
		const { id, fileName } = req.query;
		if (!id) throw new BadRequestError('Missing binary data ID');
		if (fileName) {
			res.setHeader('Content-Disposition', `attachment; filename="${encodeURIComponent(fileName)}"`);
		}
		return this.binaryDataService.getAsStreamChecked(id);
	}

	@Get('/named')
	async getNamed(req: Request<{}, {}, {}, { id: string; fileName?: string }>, res: Response) {
		const { id, fileName = 'data.bin' } = req.query;
		// expect: header-injection
		res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
		return this.binaryDataService.getAsStreamChecked(id);
	}
}
