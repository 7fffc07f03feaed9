// Reference definitions of the formats the curated schemas use, for the Ajv oracle. ajv-formats is
// kept for `uri` (its "full" mode follows the RFC 3986 grammar); for `uuid` and `date-time` it is
// more lenient than the RFCs that JSON Schema 2020-12 (section 7.3) names, so the oracle uses the
// RFC grammars written out here instead. Each deviation of ajv-formats is listed where it is undone.

/**
 * RFC 4122 section 3: the string representation is 32 hex digits in groups of 8-4-4-4-12, case
 * insensitive on input. ajv-formats also accepts a `urn:uuid:` prefix, which makes the string a URN
 * (RFC 4122 section 3, "namespace registration") rather than the string representation itself.
 */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * RFC 3339 section 5.6 `date-time`, with the ranges of section 5.7: month 01-12, day within the
 * month (29 February in leap years only), hour 00-23, minute 00-59, second 00-59, or 60 for a leap
 * second, which can only fall at 23:59 UTC (as ajv-formats also checks). The offset is `Z` or
 * `+hh:mm`/`-hh:mm` with hh 00-23 and mm 00-59. `T`, `Z` may be lower case (ABNF strings are case
 * insensitive), and a space may stand for `T` (the NOTE in section 5.6). ajv-formats also accepts
 * `+hh` and `+hhmm` offsets (ISO 8601, not RFC 3339) and any whitespace as the separator.
 */
export function isDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (m === null) return false;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined || second === undefined) return false;
  const sign = m[7] === '-' ? -1 : 1;
  const offsetHour = Number(m[8] ?? 0);
  const offsetMinute = Number(m[9] ?? 0);
  if (offsetHour > 23 || offsetMinute > 59) return false;
  const monthDays = month === 2 && isLeapYear(year) ? 29 : DAYS[month - 1];
  if (monthDays === undefined || day < 1 || day > monthDays) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (second < 60) return true;
  // A leap second: the local time minus the offset must be 23:59 UTC.
  const utc = (((hour * 60 + minute - sign * (offsetHour * 60 + offsetMinute)) % 1440) + 1440) % 1440;
  return utc === 23 * 60 + 59;
}
