// Values just outside (and a few just inside) the rules of the curated schemas, where validators
// tend to differ: the edges of each format's grammar, the pattern, enum spellings, tags.

/** Strings just outside (and a few just inside) each format or pattern of the curated schemas. */
export const STRING_MISSES: Readonly<Record<string, readonly string[]>> = {
  uri: [
    'http://bot.contoso.com/callback',
    'HTTPS://bot.contoso.com/callback',
    'https://',
    'https:',
    'https://bot contoso.com',
    'https://bot.contoso.com/a%zz',
    'https://bot.contoso.com/a%41',
    'https://bot.contoso.com/<x>',
    'https://bot.contoso.com/{x}',
    'https://bot.contoso.com/a|b',
    'https://bot.contoso.com/a\\b',
    'https://[::1]/cb',
    'https://[::1/cb',
    'https://bot.contoso.com:99999/cb',
    'https://bot.contoso.com/cb#frag#ment',
    'https://user@bot.contoso.com/cb',
    'https://bot.contoso.com/\u00e9',
    'https://bot.contoso.com/cb\n',
    'bot.contoso.com',
  ],
  uuid: [
    '112F7296-5FA4-42CA-BAE8-6A692B15D4B8',
    'urn:uuid:112f7296-5fa4-42ca-bae8-6a692b15d4b8',
    '{112f7296-5fa4-42ca-bae8-6a692b15d4b8}',
    '112f72965fa442cabae86a692b15d4b8',
    '86dc81db-c112-4228-9222-63f3esaa1edb',
    'd17646-3110-40b1-bae6-e9ac6c3f74',
    '112f7296-5fa4-42ca-bae8-6a692b15d4b8\n',
    ' 112f7296-5fa4-42ca-bae8-6a692b15d4b8',
  ],
  'date-time': [
    '2024-01-02T03:04:05',
    '2024-01-02T03:04:05+0100',
    '2024-01-02T03:04:05+01',
    '2024-01-02\t03:04:05Z',
    '2024-13-02T03:04:05Z',
    '2024-00-02T03:04:05Z',
    '2024-02-30T03:04:05Z',
    '2023-02-29T03:04:05Z',
    '2024-02-29T03:04:05Z',
    '2024-01-00T03:04:05Z',
    '2024-01-02T24:00:00Z',
    '2024-01-02T03:60:05Z',
    '2024-01-02T23:59:60Z',
    '2024-01-02T03:04:60Z',
    '2024-01-02T03:04:05+24:00',
    '2024-01-02T03:04:05.Z',
    '2024-01-02',
  ],
  '^https://': ['http://x', 'https:/x', ' https://x'],
};

/** Strings for the `string` mutation, which may land on any string of a payload. */
export const NEAR_MISS_STRINGS: readonly string[] = [
  '',
  ' ',
  'hologram',
  'Audio',
  'AUDIO',
  'audio ',
  'unknownFutureValue',
  'https://bot.contoso.com/callback',
  '112f7296-5fa4-42ca-bae8-6a692b15d4b8',
  '2024-01-02T03:04:05Z',
  '2024-01-02T03:04:05.678+01:00',
  '2024-01-02t03:04:05z',
  '2024-01-02 03:04:05Z',
  '#microsoft.graph.unknownType',
  '#microsoft.graph.entity',
  'microsoft.graph.call',
  '__proto__',
  ...Object.values(STRING_MISSES).flat(),
];

/** Numbers for the `number` mutation: fractions, int32 edges, -0, beyond 2^53. */
export const NEAR_MISS_NUMBERS: readonly number[] = [0, -0, 1, -1, 1.5, -2.5, 0.1, 2147483647, 2147483648, -2147483648, -2147483649, 1e21, Number.MAX_SAFE_INTEGER, 2 ** 53, -1e-7];
