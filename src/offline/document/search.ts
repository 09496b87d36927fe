import type { ParagraphNode } from './model';
import { paragraphText } from './model';
import { compileRe2 } from './re2';
import { replaceRange } from './runs';

/**
 * Find and replace over text blocks (§3.1–3.6). Each paragraph or list item is matched on its own — a match
 * never crosses a paragraph break and `^`/`$` anchor to the block (§3.3) — while the formatting runs inside
 * a block are invisible to the pattern (§3.5).
 */

/** A stretch of one paragraph, paragraph-local and half-open: what a Text element covers. */
export interface Segment {
  para: ParagraphNode;
  from: number;
  to: number;
}

/** A match, paragraph-local, with Google's inclusive end (§3.6). */
export interface Hit {
  para: ParagraphNode;
  start: number;
  endInclusive: number;
}

/** Non-empty matches of `regex` in `text` (Google never returns an empty RangeElement). */
function matches(regex: RegExp, text: string, fromIndex: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  regex.lastIndex = fromIndex;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex = m.index + 1;
      if (regex.lastIndex > text.length) break;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** The first match after `after` (or from the start), searching the segments in order. */
export function findIn(segments: Segment[], pattern: string, after?: Hit | null): Hit | null {
  const regex = compileRe2(pattern);
  let startSeg = 0;
  let startOffset = -1;
  if (after) {
    const k = segments.findIndex((s) => s.para === after.para);
    if (k >= 0) {
      startSeg = k;
      startOffset = after.endInclusive + 1;
    }
  }
  for (let k = startSeg; k < segments.length; k++) {
    const seg = segments[k]!;
    const text = paragraphText(seg.para).slice(seg.from, seg.to);
    const from = k === startSeg && startOffset >= 0 ? Math.max(0, startOffset - seg.from) : 0;
    if (from > text.length) continue;
    const first = matches(regex, text, from)[0];
    if (first) return { para: seg.para, start: seg.from + first[0], endInclusive: seg.from + first[1] - 1 };
  }
  return null;
}

/**
 * Replaces every match in every segment. The replacement is inserted literally: `$1`, `$&`, `$$` and
 * backslashes are not expanded. Google documents capture groups as "not fully supported" and no live
 * run seen here shows group substitution, so literal insertion is the documented-most-likely model
 * (§3.2 [unsure]); the add-on should not rely on either reading. Returns each segment's new end.
 */
export function replaceIn(segments: Segment[], pattern: string, replacement: string): number[] {
  const regex = compileRe2(pattern);
  return segments.map((seg) => {
    const text = paragraphText(seg.para).slice(seg.from, seg.to);
    const found = matches(regex, text, 0);
    let runs = seg.para.runs;
    // From the end backwards, so earlier offsets stay valid.
    for (let j = found.length - 1; j >= 0; j--) {
      const [s, e] = found[j]!;
      runs = replaceRange(runs, seg.from + s, seg.from + e, replacement);
    }
    seg.para.runs = runs;
    const delta = found.reduce((sum, [s, e]) => sum + replacement.length - (e - s), 0);
    return seg.to + delta;
  });
}
