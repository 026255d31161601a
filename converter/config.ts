// stinger-ipc's TOML configuration (`--config FILE`, repeatable; a later file
// overrides an earlier one key by key): the `[topics]` templates with their
// extra `params`, and `[properties] stinger_owned_values`. Checked like
// upstream stinger-ipc (each template has the placeholders it needs, params
// are not reserved names), plus what this generator needs to keep topics
// apart (docs/internals.md, "The topic rule"). Errors and warnings name
// file:line:col. smol-toml parses (it reports the position of a syntax
// error); positions of keys come from the text, see keyPosition.

import type { Diagnostic } from './diagnostics';

import * as fs from 'node:fs';
import { makeDiagnostic } from './diagnostics';
import { closest } from './suggest';
import { optionName, FIXED_OPTIONS } from '../filters/names';

export type TopicTemplates = {
  signals: string, property_values: string, property_updates: string, property_update_responses: string,
  method_requests: string, method_responses: string, interface_discovery: string, lwt: string,
};

export type StingerConfig = { topics: TopicTemplates, params: string[], stingerOwnedValues: boolean };

/** The converter's addresses when no config says otherwise (upstream's defaults). */
const DEFAULT_TOPICS: TopicTemplates = {
  signals: '{interface_name}/{service_id}/signal/{signal_name}',
  property_values: '{interface_name}/{service_id}/property/{property_name}/value',
  property_updates: '{interface_name}/{service_id}/property/{property_name}/update',
  property_update_responses: 'client/{client_id}/{interface_name}/property/{property_name}/update/response',
  method_requests: '{interface_name}/{service_id}/method/{method_name}/request',
  method_responses: 'client/{client_id}/{interface_name}/method/{method_name}/response',
  interface_discovery: '{interface_name}/{service_id}/interface',
  lwt: 'client/{client_id}/online',
};

/** The placeholders each template must have; `{interface_name}` may appear in any. */
const REQUIRED = {
  signals: ['service_id', 'signal_name'],
  property_values: ['service_id', 'property_name'],
  property_updates: ['service_id', 'property_name'],
  property_update_responses: ['client_id', 'property_name'],
  method_requests: ['service_id', 'method_name'],
  method_responses: ['client_id', 'method_name'],
  interface_discovery: ['service_id'],
  lwt: ['client_id'],
};

/** Placeholders a template may use besides its required ones and the params. */
const ALLOWED = {
  signals: ['interface_name'],
  property_values: ['interface_name'],
  property_updates: ['interface_name'],
  property_update_responses: ['interface_name'],
  method_requests: ['interface_name'],
  method_responses: ['interface_name'],
  interface_discovery: ['interface_name'],
  lwt: [],
};

/** Channels whose address is the server's: params may appear there (and, for the client, in replies). */
const RESERVED_PARAMS = ['interface_name', 'service_id', 'signal_name', 'property_name', 'method_name', 'command_name', 'client_id', 'instance_id'];

/** Tables and keys of upstream's configuration this generator does not use. */
const IGNORED = {
  topics: { commands: 'this generator has no commands' },
  '': {
    python: 'it configures the Python generator',
    cpp: 'it configures the C++ generator',
    rust: 'it configures the Rust generator',
    language: 'it configures language plugins',
    server: 'the TypeScript package always has the server',
    client: 'the TypeScript package always has the client',
    discovery: 'the server announces itself every announceIntervalMs (a constructor option)',
  },
};

const TOPIC_KEYS = [...Object.keys(DEFAULT_TOPICS), 'params'];

/**
 * The 1-based position of `key` in `table` in TOML `text`, or of the table
 * header, or 1:1. Good enough for the simple key = value lines of a config.
 * @param table  '' for the root
 */
function keyPosition(text: string, table: string, key?: string): { line: number; col: number; } {
  const lines = text.split(/\r?\n/);
  let current = '';
  let header: { line: number; col: number; } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const section = /^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]/.exec(line);
    if (section) {
      current = section[1];
      if (current === table && !header) header = { line: i + 1, col: line.indexOf('[') + 1 };
      continue;
    }
    if (key === undefined) continue;
    const dotted = new RegExp(`^\\s*${escapeRegExp(table)}\\s*\\.\\s*${escapeRegExp(key)}\\s*=`);
    const plain = new RegExp(`^(\\s*)"?${escapeRegExp(key)}"?\\s*=`);
    const match = current === table ? plain.exec(line) : current === '' && table !== '' ? dotted.exec(line) : null;
    if (match) return { line: i + 1, col: line.search(/\S/) + 1 };
  }
  return header || { line: 1, col: 1 };
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The placeholders of a template, in order.
 */
function placeholders(template: string) {
  return [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
}

/**
 * Reads and checks config files; later files override earlier ones key by key.
 */
function loadConfig(files: string[], read: ((file: string) => string) | undefined = (file) => fs.readFileSync(file, 'utf8')): { config: StingerConfig; diagnostics: Diagnostic[]; warnings: Diagnostic[]; } {
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const topics: Record<string, { value: string; file: string; pos: { line: number; col: number; }; }> = {};
  let params: { value: string[]; file: string; pos: { line: number; col: number; }; } | undefined;
  let stingerOwnedValues = true;
  const { parse }: typeof import('smol-toml') = require('smol-toml');
  for (const file of files) {
    let text;
    try {
      text = read(file);
    } catch (error) {
      diagnostics.push(makeDiagnostic(file, { line: 1, col: 1 }, `cannot read the config file: ${(error as Error).message}`));
      continue;
    }
    let data: import('smol-toml').TomlTable;
    try {
      data = parse(text);
    } catch (error) {
      const e = error as { message?: unknown; line?: number; column?: number };
      const first = String(e.message).split('\n')[0];
      diagnostics.push(makeDiagnostic(file, { line: e.line || 1, col: e.column || 1 }, `TOML syntax: ${first}`, 'see https://toml.io'));
      continue;
    }
    const at = (table: string, key?: string) => keyPosition(text, table, key);
    for (const [table, value] of Object.entries(data)) {
      if (table === 'topics' || table === 'properties') continue;
      const reason = (IGNORED[''] as Record<string, string>)[table];
      if (reason) {
        warnings.push(warning(file, at(table), `[${table}] is ignored: ${reason}`));
      } else {
        const close = closest(table, ['topics', 'properties', ...Object.keys(IGNORED[''])]);
        warnings.push(warning(file, at(table), `unknown table or key '${table}'`, close ? `did you mean '${close}'?` : "this generator reads [topics] and [properties]"));
      }
      void value;
    }
    const topicTable = data.topics;
    if (topicTable !== undefined && (typeof topicTable !== 'object' || Array.isArray(topicTable))) {
      diagnostics.push(makeDiagnostic(file, at('', 'topics'), "'topics' must be a table ([topics])"));
    } else if (topicTable) {
      for (const [key, value] of Object.entries(topicTable)) {
        const pos = at('topics', key);
        if (key === 'params') {
          if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
            diagnostics.push(makeDiagnostic(file, pos, "'topics.params' must be an array of strings", 'e.g. params = ["prefix"]'));
          } else {
            params = { value, file, pos };
          }
        } else if (key in DEFAULT_TOPICS) {
          if (typeof value !== 'string') {
            diagnostics.push(makeDiagnostic(file, pos, `'topics.${key}' must be a string (a topic template)`));
          } else {
            topics[key] = { value, file, pos };
          }
        } else if (key in IGNORED.topics) {
          warnings.push(warning(file, pos, `'topics.${key}' is ignored: ${(IGNORED.topics as Record<string, string>)[key]}`));
        } else {
          const close = closest(key, TOPIC_KEYS);
          warnings.push(warning(file, pos, `unknown key 'topics.${key}'`, close ? `did you mean '${close}'?` : `known keys: ${TOPIC_KEYS.join(', ')}`));
        }
      }
    }
    const propertyTable = data.properties;
    if (propertyTable !== undefined && (typeof propertyTable !== 'object' || Array.isArray(propertyTable))) {
      diagnostics.push(makeDiagnostic(file, at('', 'properties'), "'properties' must be a table ([properties])"));
    } else if (propertyTable) {
      for (const [key, value] of Object.entries(propertyTable)) {
        const pos = at('properties', key);
        if (key === 'stinger_owned_values') {
          if (typeof value !== 'boolean') {
            diagnostics.push(makeDiagnostic(file, pos, "'properties.stinger_owned_values' must be true or false"));
          } else {
            stingerOwnedValues = value;
          }
        } else {
          const close = closest(key, ['stinger_owned_values']);
          warnings.push(warning(file, pos, `unknown key 'properties.${key}'`, close ? `did you mean '${close}'?` : 'the only key is stinger_owned_values'));
        }
      }
    }
  }

  // The merged result, checked as a whole: a later file may add the param an earlier template uses.
  const paramNames = params ? params.value : [];
  if (params) {
    const seen = new Set();
    for (const name of params.value) {
      if (RESERVED_PARAMS.includes(name)) {
        diagnostics.push(makeDiagnostic(params.file, params.pos, `topic param '${name}' is a reserved placeholder name`, `reserved: ${RESERVED_PARAMS.join(', ')}`));
      } else if (!/^[a-zA-Z0-9]+(_[a-zA-Z0-9]+)*$/.test(name)) {
        diagnostics.push(makeDiagnostic(params.file, params.pos, `topic param '${name}' must be letters and digits, with single underscores between them`));
      } else if (FIXED_OPTIONS.includes(optionName(name))) {
        diagnostics.push(makeDiagnostic(params.file, params.pos, `topic param '${name}' would be the option '${optionName(name)}', which the generated classes already have`, 'rename the param'));
      } else if (seen.has(name)) {
        diagnostics.push(makeDiagnostic(params.file, params.pos, `topic param '${name}' is listed twice`));
      }
      seen.add(name);
    }
  }
  const merged: Record<string, string> = { ...DEFAULT_TOPICS };
  for (const [key, { value, file, pos }] of Object.entries(topics)) {
    merged[key] = value;
    const required = (REQUIRED as Record<string, string[]>)[key];
    const allowed = new Set([...required, ...(ALLOWED as Record<string, string[]>)[key], ...(key === 'lwt' ? [] : paramNames)]);
    const used = placeholders(value);
    for (const name of required) {
      if (!used.includes(name)) {
        diagnostics.push(makeDiagnostic(file, pos, `topic template 'topics.${key}' must contain the {${name}} placeholder`, `e.g. '${DEFAULT_TOPICS[(key as keyof TopicTemplates)]}'`));
      }
    }
    for (const name of used) {
      if (!allowed.has(name)) {
        const hint = key === 'lwt' ? 'the Last Will topic belongs to the connection; it can only have {client_id}' : paramNames.length > 0 ? `known: ${[...allowed].join(', ')}` : `list it in topics.params, e.g. params = ["${name}"]`;
        diagnostics.push(makeDiagnostic(file, pos, `topic template 'topics.${key}' has the unknown placeholder {${name}}`, hint));
      }
    }
    const levels = value.split('/');
    if (value === '' || levels.some((level) => level === '' || /[+#]/.test(level) || (/[{}]/.test(level) && !/^\{[^{}]+\}$/.test(level)))) {
      diagnostics.push(
        makeDiagnostic(file, pos, `topic template 'topics.${key}' must be topic levels separated by '/', none empty, without '+' or '#', each placeholder a whole level`),
      );
    }
    if (new Set(used).size !== used.length) {
      diagnostics.push(makeDiagnostic(file, pos, `topic template 'topics.${key}' uses a placeholder twice`));
    }
  }
  if (merged.method_responses === merged.property_update_responses) {
    const where = topics.property_update_responses || topics.method_responses;
    diagnostics.push(
      makeDiagnostic(where.file, where.pos, "'topics.property_update_responses' and 'topics.method_responses' must differ, or replies of methods and properties would mix"),
    );
  }
  /** @param list  in file order (as given), then line and column */
  const ordered = (list: Diagnostic[]) =>
    list
      .map((d, i) => ({ d, i }))
      .sort((a, b) => files.indexOf(a.d.file) - files.indexOf(b.d.file) || a.d.line - b.d.line || a.d.col - b.d.col || a.i - b.i)
      .map((x) => x.d);
  return {
    config: { topics: (merged as TopicTemplates), params: paramNames, stingerOwnedValues },
    diagnostics: ordered(diagnostics),
    warnings: ordered(warnings),
  };
}

function warning(file: string, pos: { line: number; col: number; }, message: string, hint?: string): Diagnostic {
  return { ...makeDiagnostic(file, pos, message, hint), severity: 'warning' };
}

export { loadConfig, DEFAULT_TOPICS, placeholders };
