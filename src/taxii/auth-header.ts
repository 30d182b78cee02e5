/**
 * The challenges a 401 carries (TAXII 2.1 §1.6.9, RFC 7235 §4.1): the schemes this node takes. Parsing the
 * Authorization header and checking credentials is src/auth's job (header.ts, service.ts).
 */
export const WWW_AUTHENTICATE = 'Basic realm="liaison", charset="UTF-8", Bearer realm="liaison"';
