/**
 * Validates a STIX document as its bytes arrive: a bundle (STIX 2.1 §8), a JSON array of objects, or one
 * object. Built on the splitter, so a bundle of any size is validated with memory bounded by its largest object
 * (plus the small per-object reports).
 */
import { BundleValidator, validateStix, type ObjectReport, type ValidateOptions } from '../../validation.js';
import { Splitter, type SplitLimits, DEFAULT_LIMITS } from './splitter.js';
import { keyedRecord } from '../../own-keys.js';

export class StreamingDocumentValidator {
  private readonly splitter: Splitter;
  private readonly opts: ValidateOptions;
  private readonly shell = keyedRecord<unknown>();
  private bundle: BundleValidator | undefined;
  private array: BundleValidator | undefined;
  /** Elements of `objects` seen before the object's type said whether it is a bundle. */
  private pending: unknown[] | undefined;
  private streamed = 0;
  private readonly reports: ObjectReport[] = [];
  /** Reports of valid objects without findings seen but not kept (see `keepClean`). */
  clean = 0;
  private readonly keepClean: boolean;

  /**
   * `keepClean: false` keeps only the reports that have findings (and counts the others), so that memory does not
   * grow with the number of valid objects of a large bundle.
   */
  constructor(
    opts: ValidateOptions = {},
    limits: SplitLimits = DEFAULT_LIMITS,
    keepClean = true,
    /** When given, kept reports of streamed objects go here as they come instead of being retained. */
    private readonly sink?: (r: ObjectReport) => void,
  ) {
    this.opts = opts;
    this.keepClean = keepClean;
    this.splitter = new Splitter({ element: (v, i) => this.element(v, i), member: (k, v) => this.member(k, v) }, limits);
  }

  /** Number of object reports produced so far. */
  get count(): number {
    return this.reports.length;
  }

  push(chunk: Buffer): void {
    this.splitter.push(chunk);
  }

  private member(key: string, value: unknown): void {
    this.shell[key] = value;
    if (key === 'type' && this.pending) this.settle();
  }

  private settle(): void {
    const pending = this.pending!;
    this.pending = undefined;
    if (this.shell.type === 'bundle') for (const v of pending) this.element(v, this.streamed);
    else this.shell.objects = pending;
  }

  private element(value: unknown, index: number): void {
    const kind = this.splitter.kind;
    if (kind === 'scalar') {
      this.reports.push(validateStix(value, this.opts));
      return;
    }
    if (kind === 'array') {
      this.array ??= new BundleValidator(this.opts, '');
      this.keep(this.array.add(value, index));
      return;
    }
    // An element of a top-level object's `objects` array.
    if (this.shell.type === undefined) {
      (this.pending ??= []).push(value);
      return;
    }
    if (this.shell.type !== 'bundle') {
      if (!Array.isArray(this.shell.objects)) this.shell.objects = [];
      (this.shell.objects as unknown[]).push(value);
      return;
    }
    if (!this.bundle) {
      this.bundle = new BundleValidator(this.opts, '/objects');
      if (this.shell.spec_version === '2.0') this.bundle.is20 = true;
    }
    this.keep(this.bundle.add(value, this.streamed++));
  }

  private keep(r: ObjectReport): void {
    if (!this.keepClean && r.valid && r.warnings.length === 0) this.clean++;
    else if (this.sink) this.sink(r);
    else this.reports.push(r);
  }

  /** Completes the document and returns the reports in input order (a bundle's own report first when it has findings). */
  end(): ObjectReport[] {
    this.splitter.end();
    if (this.pending) this.settle();
    if (this.splitter.kind !== 'object') return this.reports;
    if (this.shell.type === 'bundle') {
      const bv = this.bundle ?? new BundleValidator(this.opts, '/objects');
      const shape = this.streamed > 0 ? { ...this.shell, objects: [null] } : this.shell;
      const br = bv.bundleReport(shape);
      if (br.errors.length || br.warnings.length) this.reports.unshift(br);
      return this.reports;
    }
    this.reports.push(validateStix(this.shell, this.opts));
    return this.reports;
  }
}
