/** Names of bodies in Romance languages: an opener, lower-case adjectives and connectives that keep the name going. */
import type { Token } from '../text.js';
import { CONNECT } from './words.js';
import { FOREIGN_ORG_OPENERS } from './cues-bodies.js';
import { GOV_HEADS, ORG_HEADS } from '../gazetteer/bodies.js';

/** Adjectives of French, Spanish, Italian and Portuguese, written in lower case after the head of a body's name
 * ("nationale", "judiciaire", "spécialisée", "federal" is English and stays out): endings English words rarely have,
 * or a letter with an accent. */
const ROMANCE_ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(?:ale|ales|aux|aire|aires|ique|iques|ée|ées|ienne|iennes|aise|aises|ano|ana|anos|anas|ivo|iva|ivos|ivas|ive|ives|ali|ista|istas|ado|ada|ados|adas|eiro|eira|ense|enses|eño|eña|iale|iales|ial|iaux|ica|ico|icas|icos|iera|iero|ieri|iere|aria|ario|arie|ari|arias|arios|elle|elles|aine|aines)$|^\p{Ll}[\p{Ll}-]*[éèêëàâáíîïóôúûüãõçñù][\p{Ll}-]*$|^[éèêëàâáíîïóôúûüãõçñù][\p{Ll}-]+$/u;
/** A piece that opens with a body's head in a Romance language (or "Police", "Office") and goes on with lower-case
 * adjectives of that language: "Police nationale", "Office anti-stupéfiants", "Juridiction interrégionale spécialisée". */
export function romanceAdjectiveAfterOpener(ws: Token[]): boolean {
  const last = ws[ws.length - 1];
  if (last.cap || last.kind !== 'word' || ROMANCE_CONNECT.test(last.text)) return false;
  // (Lower-case words back to the opener: adjectives, and after "de", "des", "du" … a noun of the name's own language:
  // "Chambre régionale des comptes", "Syndicat des hôteliers".)
  let k = ws.length - 1;
  let adjective = false; // (or a preposition of that language: "Corte dei conti")
  for (; k >= 0 && !ws[k].cap && ws[k].kind === 'word'; k--) {
    if (ROMANCE_ADJECTIVE.test(ws[k].text) || /^(?:de|des|du|di|dei|degli|della|delle|del|da|do|dos|das|per|pour|para)$/.test(ws[k].text)) adjective = true;
    else if (!ROMANCE_CONNECT.test(ws[k].text) && !(k > 0 && ROMANCE_CONNECT.test(ws[k - 1].text) && !ws[k - 1].cap)) return false;
  }
  return adjective && k >= 0 && k < ws.length - 1 && romanceOpener(ws[k].text);
}
/** Whether the lower-case words from `i` (through up to three prepositions and articles: "de la sécurité") carry a
 * name in a Romance language on from its opener. */
export function romanceRunAhead(cur: Token[], tokens: Token[], i: number, to: number): boolean {
  const seq: Token[] = [];
  for (let k = i; k < to && k < i + 4 && tokens[k].kind === 'word' && !tokens[k].cap; k++) {
    seq.push(tokens[k]);
    if (!ROMANCE_CONNECT.test(tokens[k].text) && !CONNECT.has(tokens[k].text)) break;
  }
  return seq.length > 0 && romanceAdjectiveAfterOpener([...cur, ...seq]);
}
/** Articles and prepositions inside names in Romance languages. */
const ROMANCE_CONNECT = /^(?:de|des|du|la|le|les|di|del|della|delle|dei|degli|da|do|dos|das|et|e|y|pour|per|para|contre|contra|sur|sobre|en|au|aux|al)$/;
// ("Commission européenne", "Organisation mondiale de la santé", "Parlement européen", "Union africaine": French heads
// that English spells alike open a body only before an adjective of that language.)
export const romanceOpener = (w: string) => FOREIGN_ORG_OPENERS.test(w) || /^(?:Police|Office|Gendarmerie|Garde|Commission|Organisation|Parlement|Communaut[ée])$/.test(w);
/** Prepositions of Spanish, Portuguese, French and Italian that English names do not use, and the articles after them. */
const ROMANCE_PREPOSITION = /^(?:a|à|al|au|aux|en|em|na|no|para|pour|per|por|pela|pelo|pelos|pelas|contra|contre|sobre|sur|ante|auprès)$/;
/** "and" of Portuguese, Spanish, French and Italian, written between two capitalised words of a body's own name. */
const ROMANCE_AND = /^(?:e|y|et|ed)$/;
const ROMANCE_ARTICLE = /^(?:el|la|los|las|le|les|lo|o|os|a|as|il|gli)$/;
/** "Agencia de Acceso a la Información Pública", "Unidad Fiscal Especializada en Ciberdelincuencia", "Fiscalía
 * Especializada contra el Crimen Organizado": after a name opened by a body's head in its own language, how many
 * tokens from `i` (a preposition of that language and its article, if any) carry the name on to a capitalised word;
 * 0 where they do not. */
export function romancePrepositionRun(cur: Token[], tokens: Token[], i: number, to: number): number {
  const words = romanceWordsToName(cur, tokens, i, to);
  if (words > 0) return words;
  const opened = cur.some((w) => w.cap && romanceOpener(w.text));
  // ("Gabinete … de Combate à Criminalidade Organizada e Transnacional": the name's own "and" between capitalised words.)
  if (opened && ROMANCE_AND.test(tokens[i].text) && i + 1 < to && tokens[i + 1].kind === 'word' && tokens[i + 1].cap && tokens[i + 1].start - tokens[i].end <= 1 && cur[cur.length - 1].cap) return 1;
  // ("Acción Ciudadana por la Transparencia": "por" and its article, which no English name holds, carry any capitalised
  // name of two words or more on.)
  const iberianFor = /^(?:por|pela|pelo|pelos|pelas)$/.test(tokens[i].text) && cur.filter((w) => w.cap).length >= 2;
  if ((!opened && !iberianFor) || !ROMANCE_PREPOSITION.test(tokens[i].text)) return 0;
  let k = i + 1;
  if (k < to && tokens[k].kind === 'word' && ROMANCE_ARTICLE.test(tokens[k].text)) k++;
  // ("told Radio Monte Carlo a Story": a bare "a" goes on only with its article, "a la", "a los".)
  if (tokens[i].text === 'a' && k === i + 1) return 0;
  const n = tokens[k];
  return k < to && n.kind === 'word' && n.cap && n.start - tokens[k - 1].end <= 1 ? k - i : 0;
}

/** Articles and prepositions of French and Italian that join a body's name to a capitalised word after them ("du
 * Québec", "de la Ville", "de l'Atlantique", "delle Comunicazioni"). */
const ROMANCE_BEFORE_NAME = /^(?:de|du|des|la|di|del|della|delle|dei|degli|dello)$/;
/** Prepositions of French and Italian after a body's head ("Office de …", "Service des …", "Garante per …"). */
const ROMANCE_OF = /^(?:de|du|des|della|delle|dei|degli|per)$/;
/** "Office de protection civile du Mali", "Service de police de la Ville de …": a head (of those languages or one
 * English shares with them), then "de" and a lower-case word, is the shape of a body named in its own language. */
export const romanceHeadThenLower = (ws: Token[]) => ws.length >= 4 && (romanceOpener(ws[0].text) || GOV_HEADS.has(ws[0].text) || ORG_HEADS.has(ws[0].text)) && ROMANCE_OF.test(ws[1].text) && ws[2].kind === 'word' && !ws[2].cap && ws[ws.length - 1].cap;
/** Words of English that no lower-case run inside a body's foreign name holds. */
const ENGLISH_FUNCTION = /^(?:the|of|and|or|in|on|at|to|for|by|with|from|that|which|who|whose|is|was|are|were|has|have|had|will|would|said|says|its|their|his|her|a|an|as|but|not)$/;
/** "Société de l'assurance automobile du Québec", "Préfecture maritime de l'Atlantique", "Comité départemental des
 * pêches maritimes du Finistère", "Service de police de la Ville de Montréal", "Polizia Postale e delle Comunicazioni":
 * after a body's head in its own language (or an English-looking head followed by "de", "du", "des", "della" …), how
 * many lower-case words of that language from `i` (six at most, nouns and adjectives of any ending) carry the name on
 * to a capitalised word after an article or preposition; 0 where they do not. */
function romanceWordsToName(cur: Token[], tokens: Token[], i: number, to: number): number {
  const last = cur[cur.length - 1];
  if (!last?.cap) return 0;
  const opened = cur.some((w) => w.cap && romanceOpener(w.text)) || ((GOV_HEADS.has(last.text) || ORG_HEADS.has(last.text)) && ROMANCE_OF.test(tokens[i].text));
  if (!opened) return 0;
  for (let k = i; k < to && k < i + 7; k++) {
    const w = tokens[k];
    if (w.kind !== 'word' || w.start - tokens[k - 1].end > 1) return 0;
    if (w.cap) return k > i && ROMANCE_BEFORE_NAME.test(tokens[k - 1].text) && (k > i + 1 || !CONNECT.has(tokens[i].text)) ? k - i : 0;
    if (ENGLISH_FUNCTION.test(w.text)) return 0;
  }
  return 0;
}
