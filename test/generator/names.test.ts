import ts from 'typescript';
import { expect, test } from 'vitest';
import { typeName, valueName } from '../../generator/model/names.js';

// Type and value names keep the letters of any script: TypeScript reads Unicode identifiers, so a
// title `顧客` or `créer-client` needs no ASCII stand-in (before, 顧客 became "Unnamed" and créer
// became "CrEr").

test('letters, marks and digits of any script are kept, each word starting upper-cased where its script has case', () => {
  expect(typeName('créer-client')).toBe('CréerClient');
  expect(typeName('顧客')).toBe('顧客');
  expect(typeName('注文 履歴')).toBe('注文履歴');
  expect(typeName('zahlungsÜbersicht')).toBe('ZahlungsÜbersicht');
  expect(typeName('ελληνικά_όνομα')).toBe('ΕλληνικάΌνομα');
  // Upper-cased by code point, not code unit: Deseret's 𐐨 is one letter of two units.
  expect(typeName('𐐨x')).toBe('𐐀x');
});

test('ASCII names are named as before', () => {
  expect(typeName('callState')).toBe('CallState');
  expect(typeName('my-type_2')).toBe('MyType2');
  expect(typeName('2fa')).toBe('T2fa');
  expect(typeName('!!!')).toBe('Unnamed');
  expect(valueName('CallState')).toBe('callState');
  expect(valueName('Delete')).toBe('delete_');
});

test('one name however its accents are encoded; a name that cannot start an identifier gets a T', () => {
  expect(typeName('Cafe\u0301')).toBe(typeName('Caf\u00e9'));
  expect(typeName('\u0301x')).toBe('T\u0301x');
  expect(typeName('٣ثلاثة')).toBe('T٣ثلاثة');
});

test('a leading acronym goes to lower case whole in a value name, up to the next word', () => {
  // As a person writes them: JSON Web Key's builder is jsonWebKey, not jSONWebKey (CSAF's titles have such names).
  expect(valueName('JSONWebKey')).toBe('jsonWebKey');
  expect(valueName('URL')).toBe('url');
  expect(valueName('IOError')).toBe('ioError');
  expect(valueName('JSON2Thing')).toBe('json2Thing');
  expect(valueName('T2ndPlace')).toBe('t2ndPlace');
  expect(valueName('ÉTATCivil')).toBe('étatCivil');
});

test('a value name differs from its type name where the first letter has no lower case', () => {
  expect(valueName('顧客')).toBe('顧客_');
  expect(valueName('Émile')).toBe('émile');
  expect(valueName('𐐀x')).toBe('𐐨x');
});

test('every code point, in a name or starting one, makes a name the TypeScript compiler reads as one identifier', () => {
  const unread: string[] = [];
  const read = (name: string, at: string): void => {
    const codes = [...name].map((c) => c.codePointAt(0) ?? 0);
    const bad = codes.findIndex((code, i) => !(i === 0 ? ts.isIdentifierStart : ts.isIdentifierPart)(code, ts.ScriptTarget.ESNext));
    if (bad >= 0) unread.push(`${at}: U+${(codes[bad] ?? 0).toString(16)} at ${bad}`);
  };
  const chars: string[] = [];
  for (let code = 0x80; code <= 0x10ffff; code++) if (code < 0xd800 || code > 0xdfff) chars.push(String.fromCodePoint(code));
  // Each character a word of its own (upper-cased where it has case), a few thousand to a name.
  for (let i = 0; i < chars.length; i += 4096) {
    const words = chars.slice(i, i + 4096).join('-');
    read(typeName(`a-${words}`), `words from U+${(chars[i]?.codePointAt(0) ?? 0).toString(16)}`);
  }
  // Each character an identifier can hold, starting a type name and a value name.
  for (const char of chars.filter((c) => /\p{ID_Continue}/u.test(c))) {
    read(typeName(char), `U+${(char.codePointAt(0) ?? 0).toString(16)}`);
    read(valueName(typeName(char)), `U+${(char.codePointAt(0) ?? 0).toString(16)} as a value`);
  }
  expect(unread).toEqual([]);
});
