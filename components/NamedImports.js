// `import { a, b } from './module';`, one name per line when they do not fit on one.
// Nothing when there is nothing to import.

/**
 * @param {{ names: string[], from: string, typeOnly?: boolean }} props
 */
export function NamedImports({ names, from, typeOnly = false }) {
  const unique = [...new Set(names)].sort((a, b) => a.localeCompare(b, 'en'));
  if (unique.length === 0) {
    return '';
  }
  const keyword = typeOnly ? 'import type' : 'import';
  const oneLine = `${keyword} { ${unique.join(', ')} } from '${from}';\n`;
  if (oneLine.length <= 100) {
    return oneLine;
  }
  return `${keyword} {\n${unique.map((name) => `  ${name},\n`).join('')}} from '${from}';\n`;
}

/**
 * The import lines of a file, one per module in the order given (filters/imports.ts decides them from the file's code).
 * @param {{ imports: Array<{ from: string, names: string[] }> }} props
 */
export function Imports({ imports }) {
  return imports.map(({ from, names }) => NamedImports({ names, from })).join('');
}
