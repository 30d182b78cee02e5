/** Publication dates as articles write them ("14 October 2026", "May 5, 2026", "2026-06-11T08:30:00Z"). */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MON = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const monthNo = (s: string) => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().replace('.', '').slice(0, 3))) + 1;

export interface FoundDate {
  /** `YYYY-MM-DD`, or a full ISO timestamp when the source gives a time. */
  iso: string;
  index: number;
  length: number;
}

/** The first date written in `s`, if any. */
export function findDate(s: string): FoundDate | undefined {
  const cands: FoundDate[] = [];
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b/.exec(s);
  if (iso) {
    const d = ymd(+iso[1], +iso[2], +iso[3]);
    if (d) {
      const ts = iso[4] ? new Date(`${d}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${iso[7] ?? 'Z'}`) : undefined;
      cands.push({ iso: ts && !isNaN(ts.getTime()) ? ts.toISOString() : d, index: iso.index, length: iso[0].length });
    }
  }
  const dmy = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MON}\\s+(\\d{4})\\b`, 'i').exec(s);
  if (dmy) {
    const d = ymd(+dmy[3], monthNo(dmy[2]), +dmy[1]);
    if (d) cands.push({ iso: d, index: dmy.index, length: dmy[0].length });
  }
  const mdy = new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(s);
  if (mdy) {
    const d = ymd(+mdy[3], monthNo(mdy[1]), +mdy[2]);
    if (d) cands.push({ iso: d, index: mdy.index, length: mdy[0].length });
  }
  const dotted = /\b(\d{4})\.(\d{2})\.(\d{2})\b/.exec(s);
  if (dotted) {
    const d = ymd(+dotted[1], +dotted[2], +dotted[3]);
    if (d) cands.push({ iso: d, index: dotted.index, length: dotted[0].length });
  }
  cands.sort((a, b) => a.index - b.index);
  return cands[0];
}

/** A date from a metadata value (an HTML meta content or a `datetime` attribute). */
export function parseDateValue(v: string): string | undefined {
  return findDate(v.trim())?.iso;
}
