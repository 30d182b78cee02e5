/**
 * Every STIX 2.1 Cyber-observable Object type (STIX 2.1 §6) with its properties, its predefined extensions
 * (the `*-ext` of §6) and its ID Contributing Properties. This table is the single source of that knowledge:
 * the validator checks SCOs against it and the pattern checker resolves object paths through it.
 */
import {
  bool, dict, en, hashes, hex, int, obj, objs, ov, ref, refs, req, str, strings, ts, dep, float,
  type PropSpec, type PropTable,
} from './property-spec.js';
import { ownValue } from '../own-keys.js';

export interface ScoDefinition {
  /** Properties specific to the type (the common SCO properties are in SCO_COMMON_PROPERTIES). */
  readonly props: PropTable;
  /** Predefined extensions of this type: extension name → its property table. */
  readonly extensions: Readonly<Record<string, PropTable>>;
  /** ID Contributing Properties (§2.9 / each type's "ID Contributing Properties"), in the specification's order. */
  readonly idContributing: readonly string[];
}

/** §3.2 / §6: properties every SCO may carry. */
export const SCO_COMMON_PROPERTIES: PropTable = {
  type: req(str),
  id: req(ref()),
  spec_version: str,
  object_marking_refs: refs('marking-definition'),
  granular_markings: { kind: 'granular-markings' },
  defanged: bool,
  extensions: { kind: 'extensions' },
};

const ADDRESS_TARGETS = ['ipv4-addr', 'ipv6-addr', 'mac-addr', 'domain-name'];
const u32 = int(0);

const alternateDataStream: PropTable = { name: req(str), hashes, size: int(0) };
const peSection: PropTable = { name: req(str), size: int(0), entropy: float, hashes };
const peOptionalHeader: PropTable = {
  magic_hex: hex,
  major_linker_version: int(),
  minor_linker_version: int(),
  size_of_code: int(0),
  size_of_initialized_data: int(0),
  size_of_uninitialized_data: int(0),
  address_of_entry_point: int(),
  base_of_code: int(),
  base_of_data: int(),
  image_base: int(),
  section_alignment: int(),
  file_alignment: int(),
  major_os_version: int(),
  minor_os_version: int(),
  major_image_version: int(),
  minor_image_version: int(),
  major_subsystem_version: int(),
  minor_subsystem_version: int(),
  win32_version_value_hex: hex,
  size_of_image: int(0),
  size_of_headers: int(0),
  checksum_hex: hex,
  subsystem_hex: hex,
  dll_characteristics_hex: hex,
  size_of_stack_reserve: int(0),
  size_of_stack_commit: int(0),
  size_of_heap_reserve: int(0),
  size_of_heap_commit: int(0),
  loader_flags_hex: hex,
  number_of_rva_and_sizes: int(),
  hashes,
};
const mimePart: PropTable = {
  body: str,
  body_raw_ref: ref('artifact', 'file'),
  content_type: str,
  content_disposition: str,
};
const registryValue: PropTable = { name: str, data: str, data_type: en('windows-registry-datatype-enum') };
const x509Extensions: PropTable = {
  basic_constraints: str,
  name_constraints: str,
  policy_constraints: str,
  key_usage: str,
  extended_key_usage: str,
  subject_key_identifier: str,
  authority_key_identifier: str,
  subject_alternative_name: str,
  issuer_alternative_name: str,
  subject_directory_attributes: str,
  crl_distribution_points: str,
  inhibit_any_policy: str,
  private_key_usage_period_not_before: ts,
  private_key_usage_period_not_after: ts,
  certificate_policies: str,
  policy_mappings: str,
};

const dictOf = (kind: PropSpec['kind']): PropSpec => ({ kind });

/** §6.1–§6.18. */
export const SCO_DEFINITIONS: Readonly<Record<string, ScoDefinition>> = {
  artifact: {
    props: {
      mime_type: str,
      payload_bin: { kind: 'binary' },
      url: { kind: 'url' },
      hashes,
      encryption_algorithm: en('encryption-algorithm-enum'),
      decryption_key: str,
    },
    extensions: {},
    idContributing: ['hashes', 'payload_bin'],
  },
  'autonomous-system': {
    props: { number: req(int(0)), name: str, rir: str },
    extensions: {},
    idContributing: ['number'],
  },
  directory: {
    props: { path: req(str), path_enc: str, ctime: ts, mtime: ts, atime: ts, contains_refs: refs('file', 'directory') },
    extensions: {},
    idContributing: ['path'],
  },
  'domain-name': {
    props: { value: req(str), resolves_to_refs: refs('ipv4-addr', 'ipv6-addr', 'domain-name') },
    extensions: {},
    idContributing: ['value'],
  },
  'email-addr': {
    props: { value: req(str), display_name: str, belongs_to_ref: ref('user-account') },
    extensions: {},
    idContributing: ['value'],
  },
  'email-message': {
    props: {
      is_multipart: req(bool),
      date: ts,
      content_type: str,
      from_ref: ref('email-addr'),
      sender_ref: ref('email-addr'),
      to_refs: refs('email-addr'),
      cc_refs: refs('email-addr'),
      bcc_refs: refs('email-addr'),
      message_id: str,
      subject: str,
      received_lines: strings,
      additional_header_fields: dictOf('dict-string-lists'),
      body: str,
      body_multipart: objs(mimePart),
      raw_email_ref: ref('artifact'),
    },
    extensions: {},
    idContributing: ['from_ref', 'subject', 'body'],
  },
  file: {
    props: {
      hashes,
      size: u32,
      name: str,
      name_enc: str,
      magic_number_hex: hex,
      mime_type: str,
      ctime: ts,
      mtime: ts,
      atime: ts,
      parent_directory_ref: ref('directory'),
      contains_refs: refs('*sco'),
      content_ref: ref('artifact'),
    },
    extensions: {
      'ntfs-ext': { sid: str, alternate_data_streams: objs(alternateDataStream) },
      'raster-image-ext': {
        image_height: int(),
        image_width: int(),
        bits_per_pixel: int(),
        exif_tags: dictOf('dict-int-or-string'),
      },
      'pdf-ext': { version: str, is_optimized: bool, document_info_dict: dictOf('dict-strings'), pdfid0: str, pdfid1: str },
      'archive-ext': { contains_refs: req(refs('file', 'directory')), comment: str },
      'windows-pebinary-ext': {
        pe_type: req(ov('windows-pebinary-type-ov')),
        imphash: str,
        machine_hex: hex,
        number_of_sections: int(0),
        time_date_stamp: ts,
        pointer_to_symbol_table_hex: hex,
        number_of_symbols: int(0),
        size_of_optional_header: int(0),
        characteristics_hex: hex,
        file_header_hashes: hashes,
        optional_header: obj(peOptionalHeader),
        sections: objs(peSection),
      },
    },
    idContributing: ['hashes', 'name', 'extensions', 'parent_directory_ref'],
  },
  'ipv4-addr': {
    props: { value: req(str), resolves_to_refs: dep(refs('mac-addr')), belongs_to_refs: dep(refs('autonomous-system')) },
    extensions: {},
    idContributing: ['value'],
  },
  'ipv6-addr': {
    props: { value: req(str), resolves_to_refs: dep(refs('mac-addr')), belongs_to_refs: dep(refs('autonomous-system')) },
    extensions: {},
    idContributing: ['value'],
  },
  'mac-addr': { props: { value: req(str) }, extensions: {}, idContributing: ['value'] },
  mutex: { props: { name: req(str) }, extensions: {}, idContributing: ['name'] },
  'network-traffic': {
    props: {
      start: ts,
      end: ts,
      is_active: bool,
      src_ref: ref(...ADDRESS_TARGETS),
      dst_ref: ref(...ADDRESS_TARGETS),
      src_port: int(0, 65535),
      dst_port: int(0, 65535),
      protocols: req(strings),
      src_byte_count: u32,
      dst_byte_count: u32,
      src_packets: u32,
      dst_packets: u32,
      ipfix: dictOf('dict-int-or-string'),
      src_payload_ref: ref('artifact'),
      dst_payload_ref: ref('artifact'),
      encapsulates_refs: refs('network-traffic'),
      encapsulated_by_ref: ref('network-traffic'),
    },
    extensions: {
      'http-request-ext': {
        request_method: req(str),
        request_value: req(str),
        request_version: str,
        request_header: dictOf('dict-string-lists'),
        message_body_length: int(0),
        message_body_data_ref: ref('artifact'),
      },
      'icmp-ext': { icmp_type_hex: req(hex), icmp_code_hex: req(hex) },
      'socket-ext': {
        address_family: req(en('network-socket-address-family-enum')),
        is_blocking: bool,
        is_listening: bool,
        options: dictOf('dict-ints'),
        socket_type: en('network-socket-type-enum'),
        socket_descriptor: int(0),
        socket_handle: int(),
      },
      'tcp-ext': { src_flags_hex: hex, dst_flags_hex: hex },
    },
    idContributing: ['start', 'end', 'src_ref', 'dst_ref', 'src_port', 'dst_port', 'protocols', 'extensions'],
  },
  process: {
    props: {
      is_hidden: bool,
      pid: int(),
      created_time: ts,
      cwd: str,
      command_line: str,
      environment_variables: dictOf('dict-strings'),
      opened_connection_refs: refs('network-traffic'),
      creator_user_ref: ref('user-account'),
      image_ref: ref('file'),
      parent_ref: ref('process'),
      child_refs: refs('process'),
    },
    extensions: {
      'windows-process-ext': {
        aslr_enabled: bool,
        dep_enabled: bool,
        priority: str,
        owner_sid: str,
        window_title: str,
        startup_info: dict,
        integrity_level: en('windows-integrity-level-enum'),
      },
      'windows-service-ext': {
        service_name: str,
        descriptions: strings,
        display_name: str,
        group_name: str,
        start_type: en('windows-service-start-type-enum'),
        service_dll_refs: refs('file'),
        service_type: en('windows-service-type-enum'),
        service_status: en('windows-service-status-enum'),
      },
    },
    idContributing: [],
  },
  software: {
    props: { name: req(str), cpe: str, swid: str, languages: strings, vendor: str, version: str },
    extensions: {},
    idContributing: ['name', 'cpe', 'swid', 'vendor', 'version'],
  },
  url: { props: { value: req(str) }, extensions: {}, idContributing: ['value'] },
  'user-account': {
    props: {
      user_id: str,
      credential: str,
      account_login: str,
      account_type: ov('account-type-ov'),
      display_name: str,
      is_service_account: bool,
      is_privileged: bool,
      can_escalate_privs: bool,
      is_disabled: bool,
      account_created: ts,
      account_expires: ts,
      credential_last_changed: ts,
      account_first_login: ts,
      account_last_login: ts,
    },
    extensions: { 'unix-account-ext': { gid: int(), groups: strings, home_dir: str, shell: str } },
    idContributing: ['account_type', 'user_id', 'account_login'],
  },
  'windows-registry-key': {
    props: {
      key: str,
      values: objs(registryValue),
      modified_time: ts,
      creator_user_ref: ref('user-account'),
      number_of_subkeys: int(0),
    },
    extensions: {},
    idContributing: ['key', 'values'],
  },
  'x509-certificate': {
    props: {
      is_self_signed: bool,
      hashes,
      version: str,
      serial_number: str,
      signature_algorithm: str,
      issuer: str,
      validity_not_before: ts,
      validity_not_after: ts,
      subject: str,
      subject_public_key_algorithm: str,
      subject_public_key_modulus: str,
      subject_public_key_exponent: int(),
      x509_v3_extensions: obj(x509Extensions),
    },
    extensions: {},
    idContributing: ['hashes', 'serial_number'],
  },
};

export const SCO_TYPES: readonly string[] = Object.keys(SCO_DEFINITIONS);

const SCO_TYPE_SET = new Set(SCO_TYPES);
export const isScoType = (type: string): boolean => SCO_TYPE_SET.has(type);

/** The definition of SCO `type`, or undefined (custom types; never an inherited Object member). */
export const scoDefinition = (type: string): ScoDefinition | undefined => ownValue(SCO_DEFINITIONS, type);

/** The specification of `prop` on an SCO of `type` (common or type-specific), or undefined for custom ones. */
export function scoProperty(type: string, prop: string): PropSpec | undefined {
  const def = scoDefinition(type);
  return (def && ownValue(def.props, prop)) ?? ownValue(SCO_COMMON_PROPERTIES, prop);
}

/** The property table of predefined extension `ext` of SCO `type`, or undefined. */
export function scoExtension(type: string, ext: string): PropTable | undefined {
  const def = scoDefinition(type);
  return def && ownValue(def.extensions, ext);
}

/** Every reference property of an SCO type (top level), with its allowed target types. */
export function scoReferences(type: string): { name: string; list: boolean; targets: readonly string[] }[] {
  const def = scoDefinition(type);
  if (!def) return [];
  return Object.entries(def.props)
    .filter(([, s]) => s.kind === 'ref' || s.kind === 'refs')
    .map(([name, s]) => ({ name, list: s.kind === 'refs', targets: s.refTypes ?? [] }));
}
