/** Types shared by the ingest pipeline: a source document, the findings an extractor returns. */

/** A half-open character range `[start, end)` in `SourceDoc.text`. */
export interface Span {
  start: number;
  end: number;
}

export type SourceFormat = 'text' | 'markdown' | 'html';

/** A document reduced to the text the findings point into, with what we learnt about it. */
export interface SourceDoc {
  /** The file name (or a label) the text came from. */
  name: string;
  format: SourceFormat;
  /** The main text: every span in the findings indexes this string. */
  text: string;
  title?: string;
  /** ISO 8601 date or timestamp of publication, when the source gives one. */
  published?: string;
  author?: string;
  /** Canonical URL of a saved page, when it names one. */
  url?: string;
  /** Lines that describe the document rather than report (bylines, publication lines): no entities there. */
  meta: Span[];
  /** SHA-256 (hex) of the original bytes. */
  sourceSha256: string;
}

export type EntityKind = 'person' | 'organization' | 'group' | 'location' | 'document';

/** One entity the text mentions, all its mentions merged. */
export interface EntityFinding {
  /** Stable within one extraction; relationships and quotes point at it. */
  key: string;
  kind: EntityKind;
  name: string;
  /** Other names the text uses for it (spelling variants, acronyms, surname alone). */
  aliases: string[];
  /** Titles and roles the text gives a person ("Interior Minister", "spokesperson"). */
  roles: string[];
  spans: Span[];
  /** 0-100, as STIX `confidence` (§3.2). */
  confidence: number;
  /** organization: a government body (ministry, agency, committee). */
  government?: boolean;
  /** group: a cyber group (intrusion-set) or another threat actor. */
  groupKind?: 'threat-actor' | 'intrusion-set';
  /** location: ISO 3166-1 alpha-2 of the country, or of the country it lies in. */
  country?: string;
  /** location: whether the place is the country itself. */
  isCountry?: boolean;
  /** group: how the text describes it ("militant group", "ransomware gang"). */
  description?: string;
  /** The id of an object already stored that this entity is (see KnownEntities). */
  knownId?: string;
}

/** A direct or reported statement and who made it. */
export interface QuoteFinding {
  text: string;
  span: Span;
  kind: 'direct' | 'reported';
  /** Key of the speaking entity, or null when the text does not make the speaker clear. */
  speaker: string | null;
  /** Where the attribution ("Lepik told reporters") is, when there is one. */
  attributionSpan?: Span;
  confidence: number;
}

export type IocType = 'ipv4-addr' | 'ipv6-addr' | 'domain-name' | 'url' | 'email-addr' | 'md5' | 'sha1' | 'sha256' | 'sha512' | 'vulnerability';

export interface IocFinding {
  type: IocType;
  /** Refanged, normalised value (lower-case hashes and domains, upper-case CVE ids). */
  value: string;
  spans: Span[];
  /** Whether the source wrote it defanged (`hxxp`, `[.]`). */
  defanged: boolean;
  confidence: number;
}

export interface RelationFinding {
  type: 'related-to' | 'located-at' | 'originates-from';
  /** What the relationship means when the type is generic ("affiliated with"). */
  note?: string;
  source: string;
  target: string;
  span: Span;
  confidence: number;
}

export interface Extraction {
  entities: EntityFinding[];
  quotes: QuoteFinding[];
  iocs: IocFinding[];
  relations: RelationFinding[];
  /** Sentences chosen for the report's description, in text order. */
  summary: Span[];
}
