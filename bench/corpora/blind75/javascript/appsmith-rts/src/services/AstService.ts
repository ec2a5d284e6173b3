import { parse, Node } from 'acorn';
import { simple } from 'acorn-walk';

export interface IdentifierInfo {
  references: string[];
  functionalParams: string[];
  variables: string[];
}

const BINDING_PATH = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*|\[\d+\])*$/;

function readPath(sample: Record<string, unknown>, binding: string): unknown {
  return binding
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .reduce<unknown>((acc, key) => (acc == null ? undefined : (acc as Record<string, unknown>)[key]), sample);
}

export default class AstService {
  static async extractIdentifierDataFromCode(code: string, evalVersion: number): Promise<IdentifierInfo> {
    const ast = parse(code, { ecmaVersion: evalVersion >= 2 ? 2020 : 2015, sourceType: 'script' });
    const references = new Set<string>();
    const variables = new Set<string>();
    const functionalParams = new Set<string>();
    simple(ast as Node, {
      Identifier(node: any) {
        references.add(node.name);
      },
      VariableDeclarator(node: any) {
        if (node.id?.name) variables.add(node.id.name);
      },
      FunctionDeclaration(node: any) {
        for (const p of node.params) if (p.name) functionalParams.add(p.name);
      },
    });
    return { references: [...references], functionalParams: [...functionalParams], variables: [...variables] };
  }

  static previewBinding(binding: string, sample: Record<string, unknown>): unknown {
    const trimmed = binding.trim().replace(/^\{\{\s*/, '').replace(/\s*\}\}$/, '');
    if (BINDING_PATH.test(trimmed)) {
      return readPath(sample, trimmed);
    }
    // expect: code-injection
    const fn = new Function('data', `with (data) { return (${trimmed}); }`);
    return fn(sample);
  }
}
