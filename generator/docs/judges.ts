import { validateCall, validateCommsNotifications, validateCreateCallRequest } from '../../generated/validators.js';
import type { Judges } from './errata.js';

/**
 * The generated validator that judges each kind of documented payload: a request is a create-call
 * body in request mode, a 201 response a call and a call-back notification a commsNotifications,
 * both in response mode. Imports generated/, so commands load this module only when they run.
 */
export const JUDGES: Judges = {
  request: { typeName: 'CreateCallRequest', mode: 'request', validate: validateCreateCallRequest },
  response: { typeName: 'Call', mode: 'response', validate: validateCall },
  notification: { typeName: 'CommsNotifications', mode: 'response', validate: validateCommsNotifications },
};
