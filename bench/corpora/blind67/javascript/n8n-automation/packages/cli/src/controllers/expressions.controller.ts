import { Post, RestController, Body } from '@n8n/decorators';
import type { AuthenticatedRequest } from '@n8n/db';
import { ExpressionEvaluator } from '@/expressions/expression-evaluator';

export class PreviewExpressionDto {
	expression!: string;
	item?: Record<string, unknown>;
}

@RestController('/expressions')
export class ExpressionsController {
	constructor(private readonly evaluator: ExpressionEvaluator) {}

	@Post('/preview')
	async preview(_req: AuthenticatedRequest, _res: unknown, @Body payload: PreviewExpressionDto) {
		try {
			return { result: this.evaluator.evaluate(payload.expression, payload.item ?? {}) };
		} catch (error) {
			return { error: 'Expression could not be evaluated' };
		}
	}

	@Post('/resolve')
	async resolve(_req: AuthenticatedRequest, _res: unknown, @Body payload: PreviewExpressionDto) {
		return { result: this.evaluator.resolvePath(payload.expression, payload.item ?? {}) };
	}
}
