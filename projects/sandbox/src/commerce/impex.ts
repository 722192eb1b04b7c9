/**
 * A small reader for the ImpEx that `docs/impex/` ships: macros (`$name=value`), header lines
 * (`INSERT_UPDATE Type;column[modifiers];...`) and data lines (`;value;value`). It reads what those
 * files use, no more (no BeanShell, no `#%` directives, no multi-line values), and rejects the rest,
 * so the sandbox cannot silently serve something different from what the ImpEx creates.
 */

export type ImpexMode = 'INSERT' | 'UPDATE' | 'INSERT_UPDATE' | 'REMOVE';

export interface ImpexColumn {
  /** attribute name, e.g. `uid`, `cmsComponents`, `title` */
  attribute: string;
  /** modifiers in brackets, e.g. `{ unique: 'true', lang: 'en', mode: 'append' }` */
  modifiers: Record<string, string>;
}

export interface ImpexBlock {
  mode: ImpexMode;
  type: string;
  columns: ImpexColumn[];
  /** one record per data line: attribute → value (defaults applied; empty values left out) */
  rows: Record<string, string>[];
  /** where the header is, for messages */
  source: string;
}

const HEADER = /^(INSERT_UPDATE|INSERT|UPDATE|REMOVE)\s+([A-Za-z0-9_]+)\s*(;.*)?$/;

export function parseImpex(text: string, fileName = 'impex'): ImpexBlock[] {
  const macros = new Map<string, string>();
  const blocks: ImpexBlock[] = [];
  let current: ImpexBlock | undefined;

  text.split(/\r?\n/).forEach((raw, index) => {
    const where = `${fileName}:${index + 1}`;
    const line = raw.trim();
    if (!line || line.startsWith('#')) {
      return;
    }
    const macro = /^(\$[A-Za-z0-9_]+)\s*=\s*(.*)$/.exec(line);
    if (macro) {
      macros.set(macro[1], expandMacros(macro[2], macros));
      return;
    }
    const expanded = expandMacros(line, macros);
    const header = HEADER.exec(expanded);
    if (header) {
      const [, mode, type, columnText = ''] = header;
      current = {
        mode: mode as ImpexMode,
        type,
        columns: splitFields(columnText.slice(1)).map((column) => parseColumn(column, where)),
        rows: [],
        source: where,
      };
      blocks.push(current);
      return;
    }
    if (!expanded.startsWith(';')) {
      throw new Error(`${where}: neither a macro, a header nor a data line: ${line}`);
    }
    if (!current) {
      throw new Error(`${where}: data line before any header`);
    }
    // the first field of a data line names a subtype; the files leave it empty
    const values = splitFields(expanded).slice(1);
    if (values.length > current.columns.length) {
      throw new Error(`${where}: ${values.length} values for ${current.columns.length} columns`);
    }
    const row: Record<string, string> = {};
    current.columns.forEach((column, i) => {
      const value = (values[i] ?? '').trim() || column.modifiers.default || '';
      if (value) {
        row[column.attribute] = value;
      }
    });
    current.rows.push(row);
  });
  return blocks;
}

function expandMacros(text: string, macros: Map<string, string>): string {
  // longest names first, so `$contentCV` is not read as `$content` + `CV`
  const names = Array.from(macros.keys()).sort((a, b) => b.length - a.length);
  let result = text;
  for (const name of names) {
    result = result.split(name).join(macros.get(name) as string);
  }
  return result;
}

/** Splits on `;` outside double quotes; `""` inside quotes is a quote. */
function splitFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ';') {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}

/** `name(ref,...)[a=b,c=d]` → attribute `name` and the modifiers of the outermost brackets. */
function parseColumn(text: string, where: string): ImpexColumn {
  const trimmed = text.trim();
  const attribute = /^[A-Za-z0-9_.]+/.exec(trimmed)?.[0];
  if (!attribute) {
    throw new Error(`${where}: cannot read column "${trimmed}"`);
  }
  let depth = 0;
  let modifierText = '';
  for (let i = attribute.length; i < trimmed.length; i++) {
    const char = trimmed[i];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '[' && depth === 0) {
      const end = matchingBracket(trimmed, i);
      modifierText += (modifierText ? ',' : '') + trimmed.slice(i + 1, end);
      i = end;
    }
  }
  const modifiers: Record<string, string> = {};
  for (const pair of splitTopLevel(modifierText)) {
    const [key, ...rest] = pair.split('=');
    if (key.trim()) {
      modifiers[key.trim()] = rest.join('=').trim().replace(/^'(.*)'$/, '$1');
    }
  }
  return { attribute, modifiers };
}

function matchingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '[') depth++;
    if (text[i] === ']' && --depth === 0) return i;
  }
  return text.length;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let part = '';
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (char === ',' && depth === 0) {
      parts.push(part);
      part = '';
    } else {
      part += char;
    }
  }
  if (part) parts.push(part);
  return parts;
}
