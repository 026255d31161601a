// Diagnostics: what the front end reports about an input file.
// Input problems are values (Diagnostic), never exceptions; only internal bugs throw.

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

/** `file:line:col: error: message (hint)`. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
  return d.hint ? `${head} (${d.hint})` : head;
}

/** @param pos 1-based */
export function makeDiagnostic(file: string, pos: { line: number; col: number }, message: string, hint?: string): Diagnostic {
  const d: Diagnostic = { file, line: pos.line, col: pos.col, severity: 'error', message };
  if (hint) d.hint = hint;
  return d;
}

/** File order, so the report reads top to bottom. Stable for equal positions. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.line - b.d.line || a.d.col - b.d.col || a.i - b.i)
    .map((x) => x.d);
}
