import type { Run, TextStyle } from './model';

/**
 * Pure operations on a paragraph's formatting runs. Offsets are 0-based; ranges here are half-open
 * [start, end) (the element classes convert Google's inclusive ends). Every function returns a new,
 * normalised run list: adjacent runs with equal formatting merged, empty runs dropped.
 */

export function textOf(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}

export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof TextStyle>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

export function normalize(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last.style, run.style)) last.text += run.text;
    else out.push({ text: run.text, style: { ...run.style } });
  }
  return out;
}

/** Formatting of the character at `offset` (the last character when past the end; `{}` when empty). */
export function styleAt(runs: Run[], offset: number): TextStyle {
  let pos = 0;
  for (const run of runs) {
    if (offset < pos + run.text.length) return { ...run.style };
    pos += run.text.length;
  }
  const last = runs[runs.length - 1];
  return last ? { ...last.style } : {};
}

function split(runs: Run[], offset: number): [Run[], Run[]] {
  const before: Run[] = [];
  const after: Run[] = [];
  let pos = 0;
  for (const run of runs) {
    const end = pos + run.text.length;
    if (end <= offset) before.push(run);
    else if (pos >= offset) after.push(run);
    else {
      before.push({ text: run.text.slice(0, offset - pos), style: run.style });
      after.push({ text: run.text.slice(offset - pos), style: run.style });
    }
    pos = end;
  }
  return [before, after];
}

/** Inserted text takes the formatting of the character before it (or of the first one at offset 0). */
export function insertText(runs: Run[], offset: number, text: string, style?: TextStyle): Run[] {
  const [before, after] = split(runs, offset);
  const inherited = style ?? styleAt(runs, offset > 0 ? offset - 1 : 0);
  return normalize([...before, { text, style: inherited }, ...after]);
}

export function deleteRange(runs: Run[], start: number, end: number): Run[] {
  const [before] = split(runs, start);
  const [, after] = split(runs, end);
  return normalize([...before, ...after]);
}

/**
 * Replaces [start, end) with `text` in the formatting of the first replaced character, so a placeholder
 * split across runs (`{{нас` bold + `тавник}}` plain) becomes one run formatted like its start (§3.5 [unsure]).
 */
export function replaceRange(runs: Run[], start: number, end: number, text: string): Run[] {
  const style = styleAt(runs, start);
  const [before] = split(runs, start);
  const [, after] = split(runs, end);
  return normalize([...before, { text, style }, ...after]);
}

/** Sets (or, with `undefined`/`null` values, clears) formatting keys over [start, end). */
export function restyle(
  runs: Run[],
  start: number,
  end: number,
  patch: Partial<Record<keyof TextStyle, unknown>>,
): Run[] {
  const [before, rest] = split(runs, start);
  const [middle, after] = split(rest, end - start);
  const changed = middle.map((run) => {
    const style: Record<string, unknown> = { ...run.style };
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === null) delete style[key];
      else style[key] = value;
    }
    return { text: run.text, style: style as TextStyle };
  });
  return normalize([...before, ...changed, ...after]);
}

/** The runs covering [start, end). */
export function sliceRuns(runs: Run[], start: number, end: number): Run[] {
  const [, rest] = split(runs, start);
  const [middle] = split(rest, end - start);
  return normalize(middle);
}

/** Offsets where a formatting run starts (Text#getTextAttributeIndices). */
export function attributeIndices(runs: Run[]): number[] {
  const out: number[] = [];
  let pos = 0;
  for (const run of runs) {
    out.push(pos);
    pos += run.text.length;
  }
  return out.length ? out : [0];
}
