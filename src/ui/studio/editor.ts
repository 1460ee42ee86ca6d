/**
 * The studio's CodeMirror 6 editor: YAML highlighting, completion of field names and
 * allowed values from the scenario's JSON Schema, the schema's description on hover, and
 * diagnostics as you type from the checker worker (debounced by CodeMirror's linter, which
 * also drops answers to text that has since changed).
 */
import { basicSetup } from 'codemirror';
import { EditorView, hoverTooltip, type Tooltip } from '@codemirror/view';
import { Compartment, EditorState, StateEffect, type Extension, type Text } from '@codemirror/state';
import { yaml, yamlLanguage } from '@codemirror/lang-yaml';
import { linter, lintGutter, forceLinting, type Diagnostic } from '@codemirror/lint';
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { ScenarioIssue } from '../../scenario/problem.ts';
import schemaJson from '../../../scenarios/scenario.schema.json';
import { fieldDoc, fieldsAt, itemValuesAt, valuesAt, type Docs, type FieldDoc, type JsonSchema } from './schema-docs.ts';
import { keyPathAt, placeAt } from './yaml-path.ts';

const SCHEMA = schemaJson as unknown as JsonSchema;

export interface EditorHooks {
  /** Check the text; resolves with its issues (errors, or warnings when it loads). */
  check(text: string): Promise<ScenarioIssue[]>;
  /** Every change of the text (for the autosave). */
  changed(text: string): void;
  /** The words of the hover card, in the UI language. */
  say(key: string, params?: Record<string, string | number>): string;
  /** The field docs in the UI language when it is not the schema's English (schema-docs.zh.ts), else null. */
  docs(): Docs | null;
  label: string;
}

/** An issue's line:column as a range of the document: from the position to the end of its word. */
export function issueRange(doc: Text, line: number, column: number): { from: number; to: number } {
  const l = doc.line(Math.max(1, Math.min(doc.lines, line)));
  const from = Math.min(l.to, l.from + Math.max(0, column - 1));
  const word = /^[^\s:,\]}]+/.exec(l.text.slice(from - l.from));
  return { from, to: word ? from + word[0].length : l.to > from ? l.to : from };
}

function toDiagnostics(doc: Text, issues: readonly ScenarioIssue[]): Diagnostic[] {
  return issues.map((i) => ({
    ...issueRange(doc, i.line, i.column),
    severity: i.severity,
    message: i.hint ? `${i.message}\n${i.hint}` : i.message,
    source: i.path || undefined,
  }));
}

const completeFromSchema = (hooks: EditorHooks) => (ctx: CompletionContext): CompletionResult | null => {
  const text = ctx.state.doc.toString();
  const place = placeAt(text, ctx.pos);
  if (!ctx.explicit && place.prefix === '' && place.context !== 'value') return null;
  const info = (f: FieldDoc) => f.description;
  if (place.context === 'value') {
    const values = valuesAt(SCHEMA, place.path, place.key!, place.siblings);
    if (!values.length) return null;
    return { from: place.from, options: values.map((v) => ({ label: v, type: 'enum' })), validFor: /^[\w-]*$/ };
  }
  const options = fieldsAt(SCHEMA, place.path, place.siblings, hooks.docs() ?? undefined)
    .filter((f) => !(f.name in place.siblings))
    .map((f) => ({ label: f.name, type: 'property', apply: `${f.name}: `, detail: f.required ? '*' : undefined, info: info(f), boost: f.required ? 1 : 0 }));
  if (place.context === 'item') options.push(...itemValuesAt(SCHEMA, place.path).map((v) => ({ label: v, type: 'enum', apply: v, detail: undefined, info: '', boost: 0 })));
  return options.length ? { from: place.from, options, validFor: /^[\w$-]*$/ } : null;
};

function hoverDoc(hooks: EditorHooks) {
  return hoverTooltip((view, pos): Tooltip | null => {
    const at = keyPathAt(view.state.doc.toString(), pos);
    if (!at) return null;
    const doc = fieldDoc(SCHEMA, at.path, at.siblings, hooks.docs() ?? undefined);
    if (!doc) return null;
    return {
      pos: at.from,
      end: at.to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'studio-doc';
        const title = dom.appendChild(document.createElement('strong'));
        title.textContent = doc.name + (doc.required ? ` (${hooks.say('studio.doc.required')})` : '');
        const lines = [doc.description];
        if (doc.values.length) lines.push(hooks.say('studio.doc.oneOf', { list: doc.values.join(', ') }));
        if (doc.min !== undefined && doc.max !== undefined && Math.abs(doc.min) < 1e15 && Math.abs(doc.max) < 1e15) lines.push(hooks.say('studio.doc.range', { min: doc.min, max: doc.max }));
        if (doc.example !== null) lines.push(hooks.say('studio.doc.example', { example: doc.example }));
        for (const l of lines.filter(Boolean)) dom.appendChild(document.createElement('p')).textContent = l;
        return { dom };
      },
    };
  });
}

/** Readable colours on white (WCAG AA) for the gutters and the active line. */
const theme = EditorView.theme({
  '&': { fontSize: '14px', border: '1px solid #767676', borderRadius: '4px', background: '#fff' },
  '&.cm-focused': { outline: '2px solid #1a56b0', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
  '.cm-gutters': { background: '#f4f4f4', color: '#4a4a4a', borderRight: '1px solid #ccc' },
  '.cm-activeLineGutter': { background: '#e2e8f0', color: '#1f1f1f' },
  '.cm-activeLine': { background: '#f1f5fb' },
  '.cm-tooltip.cm-tooltip-hover': { maxWidth: '36em' },
});

export function createEditor(host: HTMLElement, text: string, hooks: EditorHooks): EditorView {
  const extensions: Extension[] = [
    basicSetup,
    yaml(),
    yamlLanguage.data.of({ autocomplete: completeFromSchema(hooks) }),
    lintGutter(),
    linter(async (view) => toDiagnostics(view.state.doc, await hooks.check(view.state.doc.toString())), {
      delay: 350,
      needsRefresh: (u) => u.transactions.some((t) => t.effects.some((e) => e.is(recheck))),
    }),
    hoverDoc(hooks),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) hooks.changed(u.state.doc.toString());
    }),
    labels.of(contentLabel(hooks.label)),
    EditorState.tabSize.of(2),
    theme,
  ];
  return new EditorView({ parent: host, state: EditorState.create({ doc: text, extensions }) });
}

/** The editor's accessible name, switched with the UI language. */
const labels = new Compartment();
// tabindex: a contenteditable is focusable anyway; said outright, axe sees the scroller holds a focusable element.
const contentLabel = (label: string) => EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' });
/** Asks the linter to check the unchanged text again (the UI language changed). */
const recheck = StateEffect.define<null>();

/** The UI language changed: the editor's name, and the diagnostics re-worded at once. */
export function relabel(view: EditorView, label: string): void {
  view.dispatch({ effects: [labels.reconfigure(contentLabel(label)), recheck.of(null)] });
  forceLinting(view);
}

/** Check the unchanged text again (new measurements to show). */
export function recheckNow(view: EditorView): void {
  view.dispatch({ effects: recheck.of(null) });
  forceLinting(view);
}

/** Replace the whole text (a template, an opened file) and check it at once. */
export function setText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 } });
  forceLinting(view);
}

/** Put the cursor at line:column and focus the editor (from the problems list). */
export function goTo(view: EditorView, line: number, column: number): void {
  const { from } = issueRange(view.state.doc, line, column);
  view.dispatch({ selection: { anchor: from }, effects: EditorView.scrollIntoView(from, { y: 'center' }) });
  view.focus();
}

