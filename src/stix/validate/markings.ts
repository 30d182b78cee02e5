/**
 * Data markings (STIX 2.1 §7.2): a marking definition must not mark itself (object or granular markings), and
 * every granular marking selector (§7.2.3.1) must resolve to a property or list item inside the object.
 */
import type { Collector } from './context.js';
import { isPlainObject } from './properties.js';

function resolveSelector(o: Record<string, unknown>, selector: string): string | undefined {
  if (selector.length === 0) return 'it is empty';
  let cur: unknown = o;
  let from = 0;
  while (from <= selector.length) {
    let dot = selector.indexOf('.', from);
    if (dot < 0) dot = selector.length;
    const seg = selector.slice(from, dot);
    if (seg.length === 0) return 'it has an empty segment';
    if (seg.charCodeAt(0) === 91 && seg.charCodeAt(seg.length - 1) === 93) {
      const digits = seg.slice(1, -1);
      if (!/^[0-9]{1,9}$/.test(digits)) return `'${seg}' is not a valid index`;
      if (!Array.isArray(cur)) return `'${seg}' is applied to something that is not a list`;
      const i = Number(digits);
      if (i >= cur.length) return `'${seg}' is not a valid index`;
      cur = cur[i];
    } else {
      if (!isPlainObject(cur)) return `'${seg}' is not a property`;
      if (!Object.prototype.hasOwnProperty.call(cur, seg)) return `'${seg}' is not a property`;
      cur = cur[seg];
    }
    from = dot + 1;
  }
  return undefined;
}

/** §7.2.2, §7.2.3: markings of one object. */
export function checkMarkings(c: Collector, o: Record<string, unknown>, path: string): void {
  const isMarking = o.type === 'marking-definition';
  const id = o.id;
  const omr = o.object_marking_refs;
  if (isMarking && Array.isArray(omr) && omr.includes(id)) c.add('marking-circular', path + '/object_marking_refs', { property: 'object_marking_refs' });
  const gm = o.granular_markings;
  if (!Array.isArray(gm)) return;
  for (let i = 0; i < gm.length; i++) {
    const g = gm[i];
    if (!isPlainObject(g)) continue;
    if (isMarking && g.marking_ref === id) c.add('marking-circular', `${path}/granular_markings/${i}/marking_ref`, { property: 'granular_markings' });
    const sels = g.selectors;
    if (!Array.isArray(sels)) continue;
    for (let j = 0; j < sels.length; j++) {
      const s = sels[j];
      if (typeof s !== 'string') continue;
      const why = resolveSelector(o, s);
      if (why) c.add('selector-invalid', `${path}/granular_markings/${i}/selectors/${j}`, { selector: s, reason: why });
    }
  }
}
