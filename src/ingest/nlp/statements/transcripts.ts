/** Transcript turns with no quotation marks, questions from the floor, and the answers of an interview. */
import type { Ref } from '../refs.js';
import { words } from '../statement-parts.js';
import type { StatementContext } from './context.js';

export function findTranscriptTurns(ctx: StatementContext) {
  const { text, refs, push } = ctx;
  // 1b. Transcript lines with no quotation marks: "PAREDES: The gangs run the night shift."
  // In a transcript (two or more lines open with an upper-case label) a turn of one or two words is a statement too
  // ("NOOR: Not yet."); a role label ("HOST:", "MODERATOR:") is the person the text introduced in that role ("The
  // host, Nusrat Jahan,"; "moderator Ana Ruiz").
  const upperTurns = (text.match(/^[ \t]*\p{Lu}[\p{Lu}.'’ -]{1,40}[ \t]*(?:\([^()\n]{0,160}\)|\[[^[\]\n]{0,160}\])?[ \t]*:[ \t]+\S/gmu) ?? []).length;
  const roleHolder = new Map<string, Ref | undefined>();
  const byRole = (role: string): Ref | undefined => {
    if (!roleHolder.has(role)) {
      let found: Ref | undefined;
      // ("The host, Nusrat Jahan,"; "moderator Ana Ruiz"; "The moderator was Ana Ruiz"; "moderated by Ana Ruiz")
      const as = role === 'host' ? 'hosted' : role === 'moderator' ? 'moderated' : role.startsWith('chair') ? 'chaired' : role === 'presenter' ? 'presented' : role;
      for (const m of text.matchAll(new RegExp(`\\b(?:${role}\\b(?:\\s+(?:was|is|will be)\\s+|\\s*,\\s*|\\s+)|${as}\\s+by\\s+)`, 'gi'))) {
        const at = m.index + m[0].length;
        found = refs.find((r) => r.kind === 'entity' && r.entityKind === 'person' && r.start >= at && r.start <= at + 2);
        if (found) break;
      }
      roleHolder.set(role, found);
    }
    return roleHolder.get(role);
  };
  // "QUISPE MAMANI:" for "Luis Quispe Mamani": a label of two surnames (or a surname with its particle) that the name
  // finder did not read as a mention is the one person the text named with those last words.
  const bySurnames = (label: string, at: number): Ref | undefined => {
    const want = label.trim().toLocaleLowerCase().split(/\s+/);
    if (want.length < 2) return undefined;
    const holders = refs.filter((r) => r.kind === 'entity' && r.entityKind === 'person' && r.key && text.slice(r.start, r.end).toLocaleLowerCase().split(/\s+/).slice(-want.length).join(' ') === want.join(' '));
    if (!holders.length || holders.some((r) => r.key !== holders[0].key)) return undefined;
    return { ...holders[0], start: at, end: at + label.trim().length };
  };
  // A journalist's or guest's label may carry their outlet or affiliation in parentheses ("OKAFOR (Daily Trust):",
  // "MARTA LINDQVIST (Radio Nord):"), or a transcriber's note in brackets ("OKELLO [in Luganda]:", "RUSU [through
  // interpreter]:"): the turn is still the named person's; the label ends before the parenthesis.
  for (const m of text.matchAll(/^[ \t]*([\p{Lu}][\p{L}.'’ -]{1,40}?)[ \t]*(\([^()\n]{1,80}\)|\[[^[\]\n]{1,80}\])?[ \t]*:[ \t]+([^\n]{2,})$/gmu)) {
    const said = m[3];
    // (A line that opens with a quotation is handled below; a turn may quote a word: "Who is “we”?".)
    if (/^["“”„«»]/.test(said.trim())) continue;
    const lineStart = m.index;
    const labelEnd = lineStart + m[0].indexOf(m[2] ? m[2][0] : ':');
    let who = refs.find((r) => r.kind === 'entity' && r.entityKind === 'person' && r.start >= lineStart && r.end <= labelEnd && text.slice(lineStart, r.start).trim() === '' && text.slice(r.end, labelEnd).trim() === '');
    const role = /^(HOST|PRESENTER|MODERATOR|ANCHOR|INTERVIEWER|CHAIR|CHAIRMAN|CHAIRWOMAN|CHAIRPERSON)$/.exec(m[1].trim());
    if (!who && role && upperTurns >= 2) who = byRole(role[1].toLowerCase());
    if (!who && !role && upperTurns >= 2 && m[1] === m[1].toUpperCase()) who = bySurnames(m[1], lineStart + m[0].indexOf(m[1]));
    if (!who || words(said) < (upperTurns >= 2 && m[1] === m[1].toUpperCase() ? 1 : 3) || (words(said) < 3 && said.trim().length < 3)) continue;
    const at = lineStart + m[0].length - said.length;
    push({ start: at, end: at + said.length }, 'direct', who, { start: who.start, end: labelEnd + 1 }, 75);
  }
}

export function findFloorQuestions(ctx: StatementContext) {
  const { text, push } = ctx;
  // A question from the floor of a transcript: "QUESTION (a delegate from Chile): Should …?", a caller of a phone-in,
  // names no speaker. (An interview's "Q:" lines are the author's own questions, not a statement.)
  for (const m of text.matchAll(/^[ \t]*(?:QUESTION|Question|AUDIENCE(?: MEMBER)?|Audience(?: member)?|PARTICIPANT|Participant|FLOOR|Floor|UNIDENTIFIED(?: [A-Z]+)?|CALLER(?: \d{1,2})?|LISTENER|VIEWER)[ \t]*(?:\([^()\n]{0,160}\)|\[[^[\]\n]{0,160}\])?[ \t]*:[ \t]+([^\n]{10,})$/gmu)) {
    if (/^["“”„«»]/.test(m[1].trim()) || words(m[1]) < 3) continue;
    const at = m.index + m[0].length - m[1].length;
    push({ start: at, end: at + m[1].length }, 'direct', undefined, undefined, 60);
  }
}

export function findInterviewAnswers(ctx: StatementContext): { interviewee: Ref | undefined; headlineEnd: number } {
  const { text, refs, quotes, absorbed, push } = ctx;
  // An interview: one person answers on two or more lines under their name ("Rusu: …"). A quotation in the headline
  // with no speaker of its own is theirs (the convention of interview headlines).
  const labelled = new Map<string, number>();
  for (const r of refs) {
    if (r.kind !== 'entity' || r.entityKind !== 'person' || !r.key) continue;
    if (!/^[ \t]*:[ \t]+\S/.test(text.slice(r.end, r.end + 8)) || !/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, r.start - 8), r.start))) continue;
    labelled.set(r.key, (labelled.get(r.key) ?? 0) + 1);
  }
  const answering = [...labelled].filter(([, n]) => n >= 2);
  const headlineEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  let interviewee = answering.length === 1 ? refs.find((r) => r.key === answering[0][0]) : undefined;
  // An interview laid out as "Q: …" / "A: …" (two answers at least): the answers are the words of the one the
  // introduction presents, the first person the body names; the questions are the author's.
  const answers = [...text.matchAll(/^[ \t]*(?:A|Answer)[ \t]*:[ \t]+([^\n]*\S[^\n]*)$/gm)];
  if (!interviewee && answers.length >= 2 && /^[ \t]*(?:Q|Question)[ \t]*:/m.test(text)) {
    interviewee = refs.find((r) => r.kind === 'entity' && r.entityKind === 'person' && !!r.key && r.start > headlineEnd);
    if (interviewee) {
      for (const m of answers) {
        const at = m.index + m[0].length - m[1].length;
        const end = m.index + m[0].length;
        for (const q of quotes) if (q.start >= at && q.end <= end) absorbed.add(q);
        push({ start: at, end }, 'direct', interviewee, undefined, 65);
      }
    }
  }
  return { interviewee, headlineEnd };
}
