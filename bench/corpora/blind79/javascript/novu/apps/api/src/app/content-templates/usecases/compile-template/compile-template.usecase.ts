import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { readFile } from 'fs/promises';
import { join } from 'path';

export class CompileTemplateCommand {
  template?: string;
  templateId?: string;
  data: Record<string, unknown>;

  static create(data: Partial<CompileTemplateCommand>) {
    return Object.assign(new CompileTemplateCommand(), data);
  }
}

const LAYOUTS: Record<string, string> = {
  default: 'default-layout.handlebars',
  minimal: 'minimal-layout.handlebars',
};

@Injectable()
export class CompileTemplate {
  async execute(command: CompileTemplateCommand): Promise<string> {
    let templateContent = command.template;
    if (!templateContent) {
      templateContent = await this.loadLayout(command.templateId);
    }
    // expect: template-injection
    const template = Handlebars.compile(templateContent, { strict: false });
    return template(command.data, { allowProtoPropertiesByDefault: false });
  }

  async compileLayout(layoutId: string, data: Record<string, unknown>) {
    const source = await this.loadLayout(layoutId);
    return Handlebars.compile(source)(data);
  }

  private async loadLayout(layoutId?: string) {
    const file = LAYOUTS[layoutId ?? 'default'] ?? LAYOUTS.default;
    return readFile(join(__dirname, 'layouts', file), 'utf8');
  }
}
