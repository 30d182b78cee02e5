/**
 * Collects the findings of one object: applies the severity of each code, `strict` (SHOULD findings become
 * errors) and the `disabled`/`enabled` selections. Messages are rendered only when a finding is kept.
 */
import { FINDINGS, renderFinding, type Finding, type FindingCode, type FindingSpec } from '../findings.js';

/** The pattern check plug-in: the pattern engine provides it; the validator only calls it. */
export type PatternCheck = (pattern: string) => {
  errors: { message: string; column: number }[];
  warnings: { message: string; column: number }[];
};

/**
 * The second pattern plug-in: the object paths a pattern compares (object type and first property), or
 * undefined when the pattern does not parse. The validator applies its naming rules to them (STIX 2.1 §9.7).
 */
export type PatternPaths = (pattern: string) => { objectType: string; property: string }[] | undefined;

export interface ValidateOptions {
  /** SHOULD findings become errors. */
  strict?: boolean;
  /** JSON Pointer of the object inside its document (e.g. `/objects/3`); findings' paths start with it. */
  path?: string;
  /** Checks indicator patterns of pattern_type `stix`; without it patterns are not parsed. */
  checkPattern?: PatternCheck;
  /** Lists the object paths of a pattern, for the naming rules of custom types and properties in patterns. */
  patternPaths?: PatternPaths;
  /** Finding codes never reported. */
  disabled?: readonly string[];
  /** When given, only these SHOULD codes are reported (MUST findings always are); wins over `disabled`. */
  enabled?: readonly string[];
  /** Custom object types are errors. */
  strictTypes?: boolean;
  /** Custom properties are errors. */
  strictProperties?: boolean;
}

const SPECS: ReadonlyMap<string, FindingSpec> = new Map(Object.entries(FINDINGS as Record<string, FindingSpec>));

/** Where a finding goes: dropped, an error or a warning. */
type Route = 0 | 1 | 2;
const DROP = 0, ERROR = 1, WARNING = 2;

/** The route of every code when nothing is disabled or enabled, without and with `strict`. */
const routes = (strict: boolean): ReadonlyMap<string, Route> =>
  new Map([...SPECS].map(([code, spec]): [string, Route] => [code, spec.severity === 'error' || (strict && spec.escalate !== false) ? ERROR : WARNING]));
const PLAIN_ROUTES = routes(false);
const STRICT_ROUTES = routes(true);

/**
 * Which findings a validation run keeps and as what (`strict`, `disabled`, `enabled`), resolved once per set of
 * options rather than per object.
 */
export class Selection {
  private readonly strict: boolean;
  private readonly disabled: ReadonlySet<string> | undefined;
  private readonly enabled: ReadonlySet<string> | undefined;
  /** The precomputed routes when there is no disabled/enabled list. */
  private readonly fixed: ReadonlyMap<string, Route> | undefined;

  constructor(opts: ValidateOptions) {
    this.strict = opts.strict === true;
    this.disabled = opts.disabled && opts.disabled.length ? new Set(opts.disabled) : undefined;
    this.enabled = opts.enabled ? new Set(opts.enabled) : undefined;
    this.fixed = this.disabled || this.enabled ? undefined : this.strict ? STRICT_ROUTES : PLAIN_ROUTES;
  }

  /** Whether a finding with this code would be kept. */
  wants(code: FindingCode): boolean {
    if (this.fixed) return true;
    if (this.enabled?.has(code)) return true;
    if (this.disabled?.has(code)) return false;
    if (this.enabled && FINDINGS[code].severity === 'warning') return false;
    return true;
  }

  route(code: FindingCode): Route {
    if (this.fixed) return this.fixed.get(code)!;
    if (!this.wants(code)) return DROP;
    const spec = SPECS.get(code)!;
    return spec.severity === 'error' || (this.strict && spec.escalate !== false) ? ERROR : WARNING;
  }
}

export class Collector {
  readonly errors: Finding[] = [];
  readonly warnings: Finding[] = [];

  constructor(private readonly selection: Selection) {}

  /** Whether a finding with this code would be kept (lets callers skip work for switched-off checks). */
  wants(code: FindingCode): boolean {
    return this.selection.wants(code);
  }

  add(code: FindingCode, path: string, params: Readonly<Record<string, unknown>> = {}): void {
    const route = this.selection.route(code);
    if (route === DROP) return;
    const finding: Finding = { code, message: renderFinding(code, params), path };
    if (route === ERROR) this.errors.push(finding);
    else this.warnings.push(finding);
  }
}
