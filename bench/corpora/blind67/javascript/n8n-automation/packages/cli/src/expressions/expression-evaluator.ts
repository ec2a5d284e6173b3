import { Service } from '@n8n/di';
import get from 'lodash/get';

type ItemData = Record<string, unknown>;

@Service()
export class ExpressionEvaluator {
	/** Evaluates `{{ ... }}` blocks as JavaScript against the item. */
	evaluate(expression: string, item: ItemData): unknown {
		const body = expression.replace(/^\s*\{\{\s*/, '').replace(/\s*\}\}\s*$/, '');
		// expect: code-injection
		const fn = new Function('$json', `return (${body});`);
		return fn(item);
	}

	/** Resolves a dotted path such as `$json.customer.email` against the item. */
	resolvePath(expression: string, item: ItemData): unknown {
		const pathExpr = expression.replace(/^\s*\{\{\s*\$json\.?/, '').replace(/\s*\}\}\s*$/, '');
		return get(item, pathExpr);
	}
}
