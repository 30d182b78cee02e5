/**
 * Token types of the STIX patterning grammar (STIX 2.1 section 9, STIXPattern.g4), as chevrotain token types.
 * The text is split by our own lexer (lexer.ts); chevrotain only sees the token stream.
 *
 * @module
 */
import { createToken, type TokenType } from 'chevrotain';

const t = (name: string, label: string): TokenType => createToken({ name, label });

export const LBracket = t('LBracket', "'['");
export const RBracket = t('RBracket', "']'");
export const LParen = t('LParen', "'('");
export const RParen = t('RParen', "')'");
export const Colon = t('Colon', "':'");
export const Dot = t('Dot', "'.'");
export const Comma = t('Comma', "','");
export const Asterisk = t('Asterisk', "'*'");
export const Eq = t('Eq', "'='");
export const Neq = t('Neq', "'!='");
export const Lt = t('Lt', "'<'");
export const Le = t('Le', "'<='");
export const Gt = t('Gt', "'>'");
export const Ge = t('Ge', "'>='");

export const And = t('And', 'AND');
export const Or = t('Or', 'OR');
export const Not = t('Not', 'NOT');
export const FollowedBy = t('FollowedBy', 'FOLLOWEDBY');
export const Like = t('Like', 'LIKE');
export const Matches = t('Matches', 'MATCHES');
export const IsSuperset = t('IsSuperset', 'ISSUPERSET');
export const IsSubset = t('IsSubset', 'ISSUBSET');
export const Exists = t('Exists', 'EXISTS');
export const Last = t('Last', 'LAST');
export const In = t('In', 'IN');
export const Start = t('Start', 'START');
export const Stop = t('Stop', 'STOP');
export const Seconds = t('Seconds', 'SECONDS');
export const Within = t('Within', 'WITHIN');
export const Repeats = t('Repeats', 'REPEATS');
export const Times = t('Times', 'TIMES');

export const BoolLiteral = t('BoolLiteral', 'true or false');
export const Identifier = t('Identifier', 'a name');
/** A name with a hyphen: valid as an object type, not as a property name. */
export const HyphenIdentifier = t('HyphenIdentifier', 'a name with a hyphen');
export const IntPos = t('IntPos', 'a whole number');
export const IntNeg = t('IntNeg', 'a negative whole number');
export const FloatPos = t('FloatPos', 'a number');
export const FloatNeg = t('FloatNeg', 'a negative number');
export const StringLiteral = t('StringLiteral', "a quoted string ('...')");
export const BinaryLiteral = t('BinaryLiteral', "a base64 constant (b'...')");
export const HexLiteral = t('HexLiteral', "a hex constant (h'...')");
export const TimestampLiteral = t('TimestampLiteral', "a timestamp (t'YYYY-MM-DDTHH:MM:SSZ')");

export const KEYWORDS: ReadonlyMap<string, TokenType> = new Map(Object.entries({
  AND: And,
  OR: Or,
  NOT: Not,
  FOLLOWEDBY: FollowedBy,
  LIKE: Like,
  MATCHES: Matches,
  ISSUPERSET: IsSuperset,
  ISSUBSET: IsSubset,
  EXISTS: Exists,
  LAST: Last,
  IN: In,
  START: Start,
  STOP: Stop,
  SECONDS: Seconds,
  WITHIN: Within,
  REPEATS: Repeats,
  TIMES: Times,
  true: BoolLiteral,
  false: BoolLiteral,
}));

export const ALL_TOKENS: TokenType[] = [
  LBracket, RBracket, LParen, RParen, Colon, Dot, Comma, Asterisk, Eq, Neq, Lt, Le, Gt, Ge,
  And, Or, Not, FollowedBy, Like, Matches, IsSuperset, IsSubset, Exists, Last, In, Start, Stop, Seconds, Within,
  Repeats, Times, BoolLiteral, Identifier, HyphenIdentifier, IntPos, IntNeg, FloatPos, FloatNeg, StringLiteral,
  BinaryLiteral, HexLiteral, TimestampLiteral,
];
