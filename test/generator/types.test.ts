import { expectTypeOf, test } from 'vitest';
import * as nested from './__snapshots__/nested-unions/index.js';
import * as tickets from './__snapshots__/request-response/index.js';
import * as nullable from './__snapshots__/nullable/index.js';
import * as extension from './__snapshots__/extension-objects/index.js';
import * as empty from './__snapshots__/empty-objects/index.js';
import * as reminders from './__snapshots__/response-only-members/index.js';
import * as inheritance from './__snapshots__/allof-inheritance/index.js';

// Type-level facts about generated code. `tsc --noEmit` (the first half of `npm test`) checks this
// file: an `@ts-expect-error` whose line compiles fails the build.

test('a discriminated union narrows on its discriminator', () => {
  const describe = (shape: nested.Shape): string => {
    switch (shape.kind) {
      case 'circle':
        expectTypeOf(shape).toEqualTypeOf<nested.Circle>();
        return `r=${shape.radius}`;
      case 'square':
        expectTypeOf(shape).toEqualTypeOf<nested.Square>();
        return `side=${String(shape.side)}`;
      case 'triangle':
        return `base=${String(shape.base)}`;
      default:
        expectTypeOf(shape).toBeNever();
        return 'unreachable';
    }
  };
  describe({ kind: 'circle', radius: 1 });
});

test('readOnly properties are absent from request shapes and present in response shapes', () => {
  expectTypeOf<tickets.Ticket>().toHaveProperty('id');
  expectTypeOf<tickets.CreateTicket>().not.toHaveProperty('id');
  expectTypeOf<tickets.CreateTicket>().not.toHaveProperty('history');
  // @ts-expect-error status is set by the service, so a request cannot carry it
  const body: tickets.CreateTicket = { '@odata.type': '#shop.ticket', priority: 'low', status: 'open' };
  void body;
});

test('readOnly and writeOnly hold where a later allOf member redeclares the property without them', () => {
  expectTypeOf<inheritance.StampedInput>().not.toHaveProperty('stamp');
  expectTypeOf<inheritance.Stamped>().not.toHaveProperty('secret');
  const stamped: inheritance.Stamped = { stamp: 'filed' };
  // @ts-expect-error stamp is set by the service: readonly in the response shape
  stamped.stamp = 'changed';
});

test('open enums widen in responses only; request shapes stay closed', () => {
  expectTypeOf<'archived'>().toMatchTypeOf<NonNullable<tickets.Ticket['status']>>();
  // @ts-expect-error a request cannot invent a priority
  const priority: tickets.CreateTicket['priority'] = 'urgent';
  void priority;
});

test('members the service only sends are in response shapes and left out of request shapes', () => {
  expectTypeOf<reminders.Channel>().toEqualTypeOf<'email' | 'sms' | 'unknownFutureValue'>();
  expectTypeOf<reminders.ChannelInput>().toEqualTypeOf<'email' | 'sms'>();
  expectTypeOf<reminders.ReminderInput['state']>().toEqualTypeOf<'pending' | 'sent' | undefined>();
  expectTypeOf<'expired'>().toMatchTypeOf<NonNullable<reminders.Reminder['state']>>();
  // @ts-expect-error the sentinel is what the service answers with, never what a client sends
  const channel: reminders.ReminderInput['channel'] = 'unknownFutureValue';
  void channel;
});

test('null is a response value unless the schema keeps it for requests', () => {
  expectTypeOf<nullable.Profile['nickname']>().toEqualTypeOf<string | null | undefined>();
  expectTypeOf<nullable.ProfileInput['nickname']>().toEqualTypeOf<string | undefined>();
  expectTypeOf<nullable.ProfileInput['clearable']>().toEqualTypeOf<string | null | undefined>();
});

test('builders fill in the discriminator and refuse a wrong one', () => {
  const body = tickets.createTicket({ priority: 'high', owner: { email: 'a@b.example' } });
  expectTypeOf(body['@odata.type']).toEqualTypeOf<'#shop.ticket'>();
  // @ts-expect-error the discriminator is the builder's to set
  tickets.createTicket({ '@odata.type': '#shop.other', priority: 'low' });
  // @ts-expect-error a required property of the request body is missing
  tickets.createTicket({ owner: {} });
});

test('validators narrow unknown input to the shape they check', () => {
  const input: unknown = JSON.parse('{"kind":"circle","radius":1}');
  const result = nested.validateShape(input);
  if (result.ok) expectTypeOf(result.value).toEqualTypeOf<nested.Shape>();
  if (nested.isCircle(input)) expectTypeOf(input).toEqualTypeOf<nested.Circle>();
  expectTypeOf(tickets.validateCreateTicket).returns.toMatchTypeOf<{ ok: boolean }>();
});

test('a builder of a type with an index signature (x- extensions) still asks for its required properties', () => {
  const built = extension.channel({ address: 'orders', range: ['a', 'open'], 'x-owner': 'team-a' });
  expectTypeOf(built).toEqualTypeOf<extension.ChannelInput>();
  expectTypeOf(built.address).toEqualTypeOf<string>();
  // @ts-expect-error address is required: Omit<ChannelInput, 'kind'> would have dropped it with the index signature
  extension.channel({ 'x-owner': 'team-a' });
  // @ts-expect-error an optional tuple position is still typed: (string | number)?
  const range: extension.ChannelInput['range'] = [true];
  void range;
});

test('an object that declares nothing holds any keys and no other JSON type; a closed one holds no keys', () => {
  const anything: empty.AnythingInput = { empty: { any: 1, key: 'x' }, closed: {} };
  expectTypeOf(anything.empty).toEqualTypeOf<{ [key: string]: unknown } | undefined>();
  // @ts-expect-error a string is no object, though `{}` would take it
  const text: empty.AnythingInput = { empty: 'text' };
  // @ts-expect-error a closed object declares no key
  const closed: empty.AnythingInput = { closed: { a: 1 } };
  void text;
  void closed;
});
