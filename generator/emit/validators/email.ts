// The grammar of format "email": RFC 5321's Mailbox (section 4.1.2), as JSON Schema 2020-12 says.
// A local part is a dot-string (atoms joined by single dots) or a quoted string; a domain is a
// host name (labels of letters, digits and inner hyphens, at most 63 characters each) or an
// address literal in brackets: IPv4, or "IPv6:" and an IPv6 address. (The grammar's general
// literal, `[tag:text]`, is left out: its tag must be registered with IANA, and "IPv6" is the only
// one that is, so any other is no address.) ASCII only: format "idn-email" is the same grammar with
// RFC 6531's additions, any non-ASCII character in an atom, a quoted string and a label (a domain's
// U-labels are not held to IDNA2008, whose tables the suite's cases do not ask for).
//
// One regular expression, written out at generation time: every repetition is bounded by a
// character the next part cannot start with (".", "@", "]", a quote), so a failing match takes
// linear time however long the string.

const ATEXT = "[A-Za-z0-9!#$%&'*+\\/=?^_`{|}~-]";
const DOT_STRING = `${ATEXT}+(?:\\.${ATEXT}+)*`;
const QUOTED_STRING = '"(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*"';
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';

const OCTET = '(?:25[0-5]|2[0-4]\\d|[01]?\\d?\\d)';
const IPV4 = `${OCTET}(?:\\.${OCTET}){3}`;
const H16 = '[0-9A-Fa-f]{1,4}';
/**
 * RFC 4291's text forms, as RFC 3986 spells them: eight groups, or fewer around one "::", the last
 * two groups perhaps an IPv4 address (`ipv4`: RFC 5321 allows leading zeros there, RFC 3986 does not).
 */
export function ipv6Grammar(ipv4: string): string {
  const LS32 = `(?:${H16}:${H16}|${ipv4})`;
  return [
    `(?:${H16}:){6}${LS32}`,
    `::(?:${H16}:){5}${LS32}`,
    `(?:${H16})?::(?:${H16}:){4}${LS32}`,
    `(?:(?:${H16}:){0,1}${H16})?::(?:${H16}:){3}${LS32}`,
    `(?:(?:${H16}:){0,2}${H16})?::(?:${H16}:){2}${LS32}`,
    `(?:(?:${H16}:){0,3}${H16})?::${H16}:${LS32}`,
    `(?:(?:${H16}:){0,4}${H16})?::${LS32}`,
    `(?:(?:${H16}:){0,5}${H16})?::${H16}`,
    `(?:(?:${H16}:){0,6}${H16})?::`,
  ].join('|');
}
const IPV6 = ipv6Grammar(IPV4);
const IPV6_TAG = '[Ii][Pp][Vv]6:';
const ADDRESS_LITERAL = `\\[(?:${IPV4}|${IPV6_TAG}(?:${IPV6}))\\]`;

/** The regular expression literal of format "email", as generated code writes it. */
export const EMAIL_REGEX = `/^(?:${DOT_STRING}|${QUOTED_STRING})@(?:${LABEL}(?:\\.${LABEL})*|${ADDRESS_LITERAL})$/`;

const NON_ASCII = '\\u{80}-\\u{10FFFF}';
const IDN_ATEXT = `[A-Za-z0-9!#$%&'*+\\/=?^_\`{|}~\\-${NON_ASCII}]`;
const IDN_QUOTED_STRING = `"(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e${NON_ASCII}]|\\\\[\\x20-\\x7e${NON_ASCII}])*"`;
const IDN_LABEL = `[A-Za-z0-9${NON_ASCII}](?:[A-Za-z0-9\\-${NON_ASCII}]{0,61}[A-Za-z0-9${NON_ASCII}])?`;

/** The regular expression literal of format "idn-email" (RFC 6531), in unicode mode so a character beyond U+FFFF is one. */
export const IDN_EMAIL_REGEX = `/^(?:${IDN_ATEXT}+(?:\\.${IDN_ATEXT}+)*|${IDN_QUOTED_STRING})@(?:${IDN_LABEL}(?:\\.${IDN_LABEL})*|${ADDRESS_LITERAL})$/u`;
