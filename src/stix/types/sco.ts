/** The 18 STIX Cyber-observable Objects with their predefined extensions (STIX 2.1 §6). */
import type { Dictionary, Hashes, Identifier, ScoCommonProperties, Timestamp } from './common.js';

export interface Artifact extends ScoCommonProperties<'artifact'> {
  mime_type?: string;
  payload_bin?: string;
  url?: string;
  hashes?: Hashes;
  encryption_algorithm?: 'AES-256-GCM' | 'ChaCha20-Poly1305' | 'mime-type-indicated';
  decryption_key?: string;
}
export interface AutonomousSystem extends ScoCommonProperties<'autonomous-system'> {
  number: number;
  name?: string;
  rir?: string;
}
export interface Directory extends ScoCommonProperties<'directory'> {
  path: string;
  path_enc?: string;
  ctime?: Timestamp;
  mtime?: Timestamp;
  atime?: Timestamp;
  contains_refs?: Identifier<'file' | 'directory'>[];
}
export interface DomainName extends ScoCommonProperties<'domain-name'> {
  value: string;
  resolves_to_refs?: Identifier<'ipv4-addr' | 'ipv6-addr' | 'domain-name'>[];
}
export interface EmailAddr extends ScoCommonProperties<'email-addr'> {
  value: string;
  display_name?: string;
  belongs_to_ref?: Identifier<'user-account'>;
}
export interface EmailMimeComponent {
  body?: string;
  body_raw_ref?: Identifier<'artifact' | 'file'>;
  content_type?: string;
  content_disposition?: string;
}
export interface EmailMessage extends ScoCommonProperties<'email-message'> {
  is_multipart: boolean;
  date?: Timestamp;
  content_type?: string;
  from_ref?: Identifier<'email-addr'>;
  sender_ref?: Identifier<'email-addr'>;
  to_refs?: Identifier<'email-addr'>[];
  cc_refs?: Identifier<'email-addr'>[];
  bcc_refs?: Identifier<'email-addr'>[];
  message_id?: string;
  subject?: string;
  received_lines?: string[];
  additional_header_fields?: Dictionary<string[]>;
  body?: string;
  body_multipart?: EmailMimeComponent[];
  raw_email_ref?: Identifier<'artifact'>;
}

/** §6.7.2 ntfs-ext. */
export interface NtfsExt {
  sid?: string;
  alternate_data_streams?: { name: string; hashes?: Hashes; size?: number }[];
}
/** §6.7.4 raster-image-ext. */
export interface RasterImageExt {
  image_height?: number;
  image_width?: number;
  bits_per_pixel?: number;
  exif_tags?: Dictionary<number | string>;
}
/** §6.7.3 pdf-ext. */
export interface PdfExt {
  version?: string;
  is_optimized?: boolean;
  document_info_dict?: Dictionary<string>;
  pdfid0?: string;
  pdfid1?: string;
}
/** §6.7.1 archive-ext. */
export interface ArchiveExt {
  contains_refs: Identifier<'file' | 'directory'>[];
  comment?: string;
}
export interface WindowsPeOptionalHeader {
  magic_hex?: string;
  major_linker_version?: number;
  minor_linker_version?: number;
  size_of_code?: number;
  size_of_initialized_data?: number;
  size_of_uninitialized_data?: number;
  address_of_entry_point?: number;
  base_of_code?: number;
  base_of_data?: number;
  image_base?: number;
  section_alignment?: number;
  file_alignment?: number;
  major_os_version?: number;
  minor_os_version?: number;
  major_image_version?: number;
  minor_image_version?: number;
  major_subsystem_version?: number;
  minor_subsystem_version?: number;
  win32_version_value_hex?: string;
  size_of_image?: number;
  size_of_headers?: number;
  checksum_hex?: string;
  subsystem_hex?: string;
  dll_characteristics_hex?: string;
  size_of_stack_reserve?: number;
  size_of_stack_commit?: number;
  size_of_heap_reserve?: number;
  size_of_heap_commit?: number;
  loader_flags_hex?: string;
  number_of_rva_and_sizes?: number;
  hashes?: Hashes;
}
/** §6.7.5 windows-pebinary-ext. */
export interface WindowsPebinaryExt {
  pe_type: string;
  imphash?: string;
  machine_hex?: string;
  number_of_sections?: number;
  time_date_stamp?: Timestamp;
  pointer_to_symbol_table_hex?: string;
  number_of_symbols?: number;
  size_of_optional_header?: number;
  characteristics_hex?: string;
  file_header_hashes?: Hashes;
  optional_header?: WindowsPeOptionalHeader;
  sections?: { name: string; size?: number; entropy?: number; hashes?: Hashes }[];
}
export interface File extends ScoCommonProperties<'file'> {
  extensions?: {
    'ntfs-ext'?: NtfsExt;
    'raster-image-ext'?: RasterImageExt;
    'pdf-ext'?: PdfExt;
    'archive-ext'?: ArchiveExt;
    'windows-pebinary-ext'?: WindowsPebinaryExt;
    [name: string]: object | undefined;
  };
  hashes?: Hashes;
  size?: number;
  name?: string;
  name_enc?: string;
  magic_number_hex?: string;
  mime_type?: string;
  ctime?: Timestamp;
  mtime?: Timestamp;
  atime?: Timestamp;
  parent_directory_ref?: Identifier<'directory'>;
  contains_refs?: Identifier[];
  content_ref?: Identifier<'artifact'>;
}
export interface Ipv4Addr extends ScoCommonProperties<'ipv4-addr'> {
  value: string;
  resolves_to_refs?: Identifier<'mac-addr'>[];
  belongs_to_refs?: Identifier<'autonomous-system'>[];
}
export interface Ipv6Addr extends ScoCommonProperties<'ipv6-addr'> {
  value: string;
  resolves_to_refs?: Identifier<'mac-addr'>[];
  belongs_to_refs?: Identifier<'autonomous-system'>[];
}
export interface MacAddr extends ScoCommonProperties<'mac-addr'> {
  value: string;
}
export interface Mutex extends ScoCommonProperties<'mutex'> {
  name: string;
}

/** §6.12.2 http-request-ext. */
export interface HttpRequestExt {
  request_method: string;
  request_value: string;
  request_version?: string;
  request_header?: Dictionary<string[]>;
  message_body_length?: number;
  message_body_data_ref?: Identifier<'artifact'>;
}
/** §6.12.3 icmp-ext. */
export interface IcmpExt {
  icmp_type_hex: string;
  icmp_code_hex: string;
}
/** §6.12.4 socket-ext. */
export interface SocketExt {
  address_family: 'AF_UNSPEC' | 'AF_INET' | 'AF_IPX' | 'AF_APPLETALK' | 'AF_NETBIOS' | 'AF_INET6' | 'AF_IRDA' | 'AF_BTH';
  is_blocking?: boolean;
  is_listening?: boolean;
  options?: Dictionary<number>;
  socket_type?: 'SOCK_STREAM' | 'SOCK_DGRAM' | 'SOCK_RAW' | 'SOCK_RDM' | 'SOCK_SEQPACKET';
  socket_descriptor?: number;
  socket_handle?: number;
}
/** §6.12.5 tcp-ext. */
export interface TcpExt {
  src_flags_hex?: string;
  dst_flags_hex?: string;
}
export interface NetworkTraffic extends ScoCommonProperties<'network-traffic'> {
  extensions?: {
    'http-request-ext'?: HttpRequestExt;
    'icmp-ext'?: IcmpExt;
    'socket-ext'?: SocketExt;
    'tcp-ext'?: TcpExt;
    [name: string]: object | undefined;
  };
  start?: Timestamp;
  end?: Timestamp;
  is_active?: boolean;
  src_ref?: Identifier<'ipv4-addr' | 'ipv6-addr' | 'mac-addr' | 'domain-name'>;
  dst_ref?: Identifier<'ipv4-addr' | 'ipv6-addr' | 'mac-addr' | 'domain-name'>;
  src_port?: number;
  dst_port?: number;
  protocols: string[];
  src_byte_count?: number;
  dst_byte_count?: number;
  src_packets?: number;
  dst_packets?: number;
  ipfix?: Dictionary<number | string>;
  src_payload_ref?: Identifier<'artifact'>;
  dst_payload_ref?: Identifier<'artifact'>;
  encapsulates_refs?: Identifier<'network-traffic'>[];
  encapsulated_by_ref?: Identifier<'network-traffic'>;
}

/** §6.13.2 windows-process-ext. */
export interface WindowsProcessExt {
  aslr_enabled?: boolean;
  dep_enabled?: boolean;
  priority?: string;
  owner_sid?: string;
  window_title?: string;
  startup_info?: Dictionary;
  integrity_level?: 'low' | 'medium' | 'high' | 'system';
}
/** §6.13.3 windows-service-ext. */
export interface WindowsServiceExt {
  service_name?: string;
  descriptions?: string[];
  display_name?: string;
  group_name?: string;
  start_type?: 'SERVICE_AUTO_START' | 'SERVICE_BOOT_START' | 'SERVICE_DEMAND_START' | 'SERVICE_DISABLED' | 'SERVICE_SYSTEM_ALERT';
  service_dll_refs?: Identifier<'file'>[];
  service_type?: 'SERVICE_KERNEL_DRIVER' | 'SERVICE_FILE_SYSTEM_DRIVER' | 'SERVICE_WIN32_OWN_PROCESS' | 'SERVICE_WIN32_SHARE_PROCESS';
  service_status?:
    | 'SERVICE_CONTINUE_PENDING' | 'SERVICE_PAUSE_PENDING' | 'SERVICE_PAUSED' | 'SERVICE_RUNNING'
    | 'SERVICE_START_PENDING' | 'SERVICE_STOP_PENDING' | 'SERVICE_STOPPED';
}
export interface Process extends ScoCommonProperties<'process'> {
  extensions?: {
    'windows-process-ext'?: WindowsProcessExt;
    'windows-service-ext'?: WindowsServiceExt;
    [name: string]: object | undefined;
  };
  is_hidden?: boolean;
  pid?: number;
  created_time?: Timestamp;
  cwd?: string;
  command_line?: string;
  environment_variables?: Dictionary<string>;
  opened_connection_refs?: Identifier<'network-traffic'>[];
  creator_user_ref?: Identifier<'user-account'>;
  image_ref?: Identifier<'file'>;
  parent_ref?: Identifier<'process'>;
  child_refs?: Identifier<'process'>[];
}
export interface Software extends ScoCommonProperties<'software'> {
  name: string;
  cpe?: string;
  swid?: string;
  languages?: string[];
  vendor?: string;
  version?: string;
}
export interface Url extends ScoCommonProperties<'url'> {
  value: string;
}
/** §6.16.2 unix-account-ext. */
export interface UnixAccountExt {
  gid?: number;
  groups?: string[];
  home_dir?: string;
  shell?: string;
}
export interface UserAccount extends ScoCommonProperties<'user-account'> {
  extensions?: { 'unix-account-ext'?: UnixAccountExt; [name: string]: object | undefined };
  user_id?: string;
  credential?: string;
  account_login?: string;
  account_type?: string;
  display_name?: string;
  is_service_account?: boolean;
  is_privileged?: boolean;
  can_escalate_privs?: boolean;
  is_disabled?: boolean;
  account_created?: Timestamp;
  account_expires?: Timestamp;
  credential_last_changed?: Timestamp;
  account_first_login?: Timestamp;
  account_last_login?: Timestamp;
}
export interface WindowsRegistryValue {
  name?: string;
  data?: string;
  data_type?:
    | 'REG_NONE' | 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_BINARY' | 'REG_DWORD' | 'REG_DWORD_BIG_ENDIAN' | 'REG_DWORD_LITTLE_ENDIAN'
    | 'REG_LINK' | 'REG_MULTI_SZ' | 'REG_RESOURCE_LIST' | 'REG_FULL_RESOURCE_DESCRIPTION' | 'REG_RESOURCE_REQUIREMENTS_LIST'
    | 'REG_QWORD' | 'REG_INVALID_TYPE';
}
export interface WindowsRegistryKey extends ScoCommonProperties<'windows-registry-key'> {
  key?: string;
  values?: WindowsRegistryValue[];
  modified_time?: Timestamp;
  creator_user_ref?: Identifier<'user-account'>;
  number_of_subkeys?: number;
}
export interface X509V3Extensions {
  basic_constraints?: string;
  name_constraints?: string;
  policy_constraints?: string;
  key_usage?: string;
  extended_key_usage?: string;
  subject_key_identifier?: string;
  authority_key_identifier?: string;
  subject_alternative_name?: string;
  issuer_alternative_name?: string;
  subject_directory_attributes?: string;
  crl_distribution_points?: string;
  inhibit_any_policy?: string;
  private_key_usage_period_not_before?: Timestamp;
  private_key_usage_period_not_after?: Timestamp;
  certificate_policies?: string;
  policy_mappings?: string;
}
export interface X509Certificate extends ScoCommonProperties<'x509-certificate'> {
  is_self_signed?: boolean;
  hashes?: Hashes;
  version?: string;
  serial_number?: string;
  signature_algorithm?: string;
  issuer?: string;
  validity_not_before?: Timestamp;
  validity_not_after?: Timestamp;
  subject?: string;
  subject_public_key_algorithm?: string;
  subject_public_key_modulus?: string;
  subject_public_key_exponent?: number;
  x509_v3_extensions?: X509V3Extensions;
}

export type Sco =
  | Artifact | AutonomousSystem | Directory | DomainName | EmailAddr | EmailMessage | File | Ipv4Addr | Ipv6Addr | MacAddr
  | Mutex | NetworkTraffic | Process | Software | Url | UserAccount | WindowsRegistryKey | X509Certificate;
