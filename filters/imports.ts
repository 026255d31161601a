// The imports of a generated TypeScript file follow from what its code uses:
// the template renders the file's code first, then asks here which names it
// uses that another file of the package exports. Nobody writes an import list
// by hand, so a name used is always imported and a name no longer used is
// never imported.

import * as names from './names';
import type { InterfaceModel } from './model';

/** The import lines of one module. */
export interface ImportLine {
  from: string;
  names: string[];
}

/**
 * The identifiers a piece of TypeScript uses as code: not those in comments,
 * in string literals or in the text of template literals (but those in their
 * `${...}` parts), and not member names after a `.`.
 */
export function usedIdentifiers(code: string): Set<string> {
  const used = new Set<string>();
  // Each entry: the number of open braces in a `${...}` part of a template literal.
  const templates: number[] = [];
  let i = 0;
  const n = code.length;
  /** Skips the text of a template literal from `i` to its end or to a `${`. */
  const templateText = (): void => {
    while (i < n) {
      const c = code[i];
      if (c === '\\') {
        i += 2;
      } else if (c === '`') {
        i += 1;
        return;
      } else if (c === '$' && code[i + 1] === '{') {
        i += 2;
        templates.push(0);
        return;
      } else {
        i += 1;
      }
    }
  };
  while (i < n) {
    const c = code[i];
    if (c === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      i = end === -1 ? n : end;
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      i += 1;
      while (i < n && code[i] !== c && code[i] !== '\n') i += code[i] === '\\' ? 2 : 1;
      i += 1;
    } else if (c === '`') {
      i += 1;
      templateText();
    } else if (c === '{' && templates.length > 0) {
      templates[templates.length - 1] += 1;
      i += 1;
    } else if (c === '}' && templates.length > 0) {
      if (templates[templates.length - 1] === 0) {
        templates.pop();
        i += 1;
        templateText();
      } else {
        templates[templates.length - 1] -= 1;
        i += 1;
      }
    } else if (/[A-Za-z_$]/.test(c)) {
      let end = i + 1;
      while (end < n && /[\w$]/.test(code[end])) end += 1;
      const word = code.slice(i, end);
      let before = i - 1;
      while (before >= 0 && (code[before] === ' ' || code[before] === '\n')) before -= 1;
      const member = code[before] === '.' && code[before - 1] !== '.';
      if (!member) used.add(word);
      i = end;
    } else if (/[0-9]/.test(c)) {
      while (i < n && /[\w.]/.test(code[i])) i += 1;
    } else {
      i += 1;
    }
  }
  return used;
}

/**
 * The names a piece of TypeScript declares at its top level (and those it
 * declares anywhere, which is harmless: they are not imported).
 */
export function declaredNames(code: string): Set<string> {
  const declared = new Set<string>();
  for (const match of code.matchAll(/\b(?:class|interface|type|function|enum)\s+([A-Za-z_$][\w$]*)/g)) declared.add(match[1]);
  for (const match of code.matchAll(/^(?:export\s+)?(?:const|let)\s+([A-Za-z_$][\w$]*)/gm)) declared.add(match[1]);
  return declared;
}

/**
 * What each file of a generated package exports that another file may
 * import, in the order its import lines appear: the runtime's files (read
 * from runtime/*.ts), src/topics.ts, src/interfaceTypes.ts and the client
 * (the discovery makes clients).
 */
export function packageExports(model: InterfaceModel): Array<[string, string[]]> {
  const runtime = names.runtimeExports();
  const fromRuntime = (module: string): string[] => {
    const found = runtime.get(module);
    if (!found) throw new Error(`runtime/${module.slice(2)}.ts is missing`);
    return found;
  };
  return [
    ['./connection', fromRuntime('./connection')],
    ['./protocol', fromRuntime('./protocol')],
    ['./properties', fromRuntime('./properties')],
    ['./instances', fromRuntime('./instances')],
    ['./topicTemplate', fromRuntime('./topicTemplate')],
    ['./topics', ['topics']],
    ['./interfaceTypes', interfaceTypesExports(model)],
    ['./client', [model.clientClass]],
  ];
}

/**
 * The names src/interfaceTypes.ts exports: each enum with its decoder, each
 * struct and wire object with its codec, each property's codec constant.
 */
export function interfaceTypesExports(model: InterfaceModel): string[] {
  const exported: string[] = [];
  for (const e of model.enums) exported.push(e.tsName, names.typeNames(e.name).decode);
  for (const s of model.structs) {
    const n = names.typeNames(s.name);
    exported.push(n.tsName, n.decode, n.encode);
  }
  for (const s of model.signals) if (s.names.payloadType && s.names.payloadCodec) exported.push(s.names.payloadType, s.names.payloadCodec.decode, s.names.payloadCodec.encode);
  for (const m of model.methods) {
    if (m.names.argumentsType && m.names.argumentsCodec) exported.push(m.names.argumentsType, m.names.argumentsCodec.decode, m.names.argumentsCodec.encode);
    if (m.names.resultType && m.names.resultCodec) exported.push(m.names.resultType, m.names.resultCodec.decode, m.names.resultCodec.encode);
  }
  for (const p of model.properties) {
    if (p.names.valueType && p.names.valueCodec) exported.push(p.names.valueType, p.names.valueCodec.decode, p.names.valueCodec.encode);
    exported.push(p.names.codec);
  }
  return exported;
}

/**
 * The imports a file needs for `code`: per module of `exports` (in that
 * order) the names it exports that the code uses and does not declare itself.
 */
export function importsFor(code: string, exports: Array<[string, string[]]>): ImportLine[] {
  const used = usedIdentifiers(code);
  const declared = declaredNames(code);
  const taken = new Set<string>();
  const result: ImportLine[] = [];
  for (const [from, exported] of exports) {
    const wanted = exported.filter((name) => used.has(name) && !declared.has(name) && !taken.has(name));
    for (const name of wanted) taken.add(name);
    if (wanted.length > 0) result.push({ from, names: wanted });
  }
  return result;
}
