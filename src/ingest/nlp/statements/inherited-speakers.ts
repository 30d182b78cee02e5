/** What the statements found so far say about the ones with no speaker: a paragraph that goes on with "He said" after
 * one person's words, and a headline that repeats a quotation of the body. */
import type { StatementContext } from './context.js';

/** Gives a reported statement opening a paragraph with "He/She said" the speaker of the paragraph of words before it. */
export function continueParagraphSpeakers(ctx: StatementContext): void {
  const { text, out } = ctx;
  // "¶ “The men who run Tulpar are careful. … Not enough of it.” ¶ He said his service had …": a paragraph that
  // opens with "He/She said" right after a paragraph of one person's words goes on with that person.
  out.sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < out.length; i++) {
    const o = out[i];
    const at = o.attributionSpan;
    if (o.speaker || o.kind !== 'reported' || !at) continue;
    const paraStart = text.lastIndexOf('\n', at.start - 1) + 1;
    if (!/^(?:He|She)\s/.test(text.slice(at.start, at.start + 4)) || text.slice(paraStart, at.start).trim() !== '' || paraStart === 0) continue;
    const prevStart = text.lastIndexOf('\n', text.slice(0, paraStart).trimEnd().length - 1) + 1;
    const prev = out[i - 1];
    const prevPara = out.filter((x) => x.span.start >= prevStart && x.span.start < paraStart);
    if (prev.kind === 'direct' && prev.speaker && prevPara.length && prevPara.every((x) => x.kind === 'direct' && x.speaker === prev.speaker) && /^\W*$/.test(text.slice(prevStart, prevPara[0].span.start))) {
      o.speaker = prev.speaker;
      o.confidence = Math.max(o.confidence, 55);
    }
  }
}

/** Gives a headline or caption that repeats a quotation of the body the speaker the body gives it. */
export function findHeadlineSpeakers(ctx: StatementContext): void {
  const { text, out } = ctx;
  // A headline or caption that repeats a quotation of the body without its speaker: the body says whose it is.
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const unsaid = out.filter((o) => !o.speaker && o.kind === 'direct');
  if (unsaid.length) {
    const whose = new Map<string, string | null>();
    for (const o of out) {
      if (!o.speaker) continue;
      const k = norm(o.text);
      whose.set(k, whose.has(k) && whose.get(k) !== o.speaker ? null : o.speaker);
    }
    for (const h of unsaid) {
      let who = whose.get(norm(h.text));
      // A headline that shortens or rewords a quotation ("“We are taking back the streets”: …" for "We are taking
      // back our streets, and …"): a quotation standing alone on its line whose words, but one, open a quotation
      // of the body, in order.
      const line = text.slice(text.lastIndexOf('\n', h.span.start) + 1, (text.indexOf('\n', h.span.end) + 1 || text.length + 1) - 1);
      if (who === undefined && line.length <= 200 && /^\W*$/.test(text.slice(text.lastIndexOf('\n', h.span.start) + 1, h.span.start))) {
        const hw = norm(h.text).split(' ');
        const near = new Set<string>();
        if (hw.length >= 4) {
          for (const o of out) {
            if (!o.speaker || o === h) continue;
            const ow = norm(o.text).split(' ').slice(0, hw.length + 2);
            let j = 0;
            let missed = 0;
            for (const w of hw) {
              const at = ow.indexOf(w, j);
              if (at < 0) missed++;
              else j = at + 1;
            }
            if (missed <= 1 && ow[0] === hw[0]) near.add(o.speaker);
          }
        }
        if (near.size === 1) who = [...near][0];
      }
      // A headline that quotes the words of a longer quotation of the body ("… gangs “are richer than the towns they
      // run”" for "“They are richer than the towns they run,” he told …"): that quotation's speaker.
      if (who === undefined && h.span.start < (text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')) && norm(h.text).split(' ').length >= 4) {
        const hn = ` ${norm(h.text)} `;
        const inside = new Set(out.filter((o) => o !== h && o.speaker && ` ${norm(o.text)} `.includes(hn)).map((o) => o.speaker as string));
        if (inside.size === 1) who = [...inside][0];
      }
      if (who) {
        h.speaker = who;
        h.confidence = Math.max(h.confidence, 60);
      }
    }
  }
}
