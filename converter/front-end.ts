// The converter's front end: a .stingeripc file in, a model or every error out.

import type { Diagnostic } from './diagnostics';
import type { Model } from './model';

import * as fs from 'fs';
import { loadYaml } from './load';
import { buildModel } from './model';
import { validateModel } from './validate';
import { formatDiagnostic, makeDiagnostic, sortDiagnostics } from './diagnostics';

/**
 * Loads and checks an interface file. Input problems come back as
 * diagnostics (model undefined); only internal bugs throw.
 * @param filePath path as given; used in diagnostics and `model.file`
 * @param text the file's content; read from disk when omitted
 */
function loadInterface(filePath: string, text?: string): { model: Model | undefined; diagnostics: Diagnostic[]; } {
  if (text === undefined) {
    try {
      text = fs.readFileSync(filePath, 'utf8');
    } catch (err) {
      const reason = err instanceof Error && 'code' in err ? String(err.code) : String(err);
      return { model: undefined, diagnostics: [makeDiagnostic(filePath, { line: 1, col: 1 }, `cannot read the file (${reason})`)] };
    }
  }
  const loaded = loadYaml(filePath, text, { light: true });
  // After a syntax error the parser's recovered tree would only produce
  // misleading follow-up errors; report the syntax errors alone.
  if (!loaded.syntaxOk) return { model: undefined, diagnostics: sortDiagnostics(loaded.diagnostics) };
  const built = buildModel(loaded, filePath);
  const semantic = validateModel(built.model, built.references);
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...built.diagnostics, ...semantic]);
  return { model: diagnostics.length === 0 ? built.model : undefined, diagnostics };
}

export { loadInterface, formatDiagnostic };
