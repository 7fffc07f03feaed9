import type { ApiVersion, NamedType, Operation } from '../model/types.js';
import { inVersion } from '../model/versions.js';
import type { CsdlAction, CsdlProperty } from './csdl.js';

/**
 * The operation that invokes a bound action: its path ends with the action's name, after the
 * binding's key (`/calls/{call-id}/playPrompt` for an action bound to call) or, for an action bound
 * to a collection, after the collection (`/participants/muteAll`). Graph names an entity's
 * collection by its plural (`calls`, `participants`), and so does this match.
 */
export function operationOf(action: CsdlAction, operations: readonly Operation[]): Operation | undefined {
  const collection = `${action.boundTo ?? ''}s`;
  return operations.find((operation) => {
    const segments = operation.path.split('/').filter((s) => s !== '');
    const [last, before, beforeThat] = [segments.at(-1), segments.at(-2), segments.at(-3)];
    if (last !== action.name || operation.method !== 'POST') return false;
    return action.boundToCollection ? before === collection : beforeThat === collection && /^\{.+\}$/.test(before ?? '');
  });
}

export interface ParameterFinding {
  readonly key: string;
  readonly message: string;
}

/**
 * What the metadata says of an action's parameters against the object its operation sends: a
 * parameter the body lacks, a body property no parameter has, a parameter the metadata requires
 * (`Nullable="false"`) that the body leaves optional. Types are compared by the caller.
 */
export function parameterFindings(action: CsdlAction, body: NamedType | undefined, version: ApiVersion, check: (schema: NamedType, parameter: CsdlProperty) => string | undefined): ParameterFinding[] {
  const shape = body?.shape;
  if (body === undefined || shape?.kind !== 'object') {
    return action.parameters.length === 0 ? [] : [{ key: `action:${action.name}`, message: `has the action ${action.name}, whose operation sends no object with its parameters ${action.parameters.map((p) => p.name).join(', ')}` }];
  }
  const findings: ParameterFinding[] = [];
  for (const parameter of action.parameters) {
    const key = `parameter:${action.name}.${parameter.name}`;
    const property = shape.properties.find((p) => p.name === parameter.name);
    if (property !== undefined && !inVersion(property.versions, version)) {
      findings.push({ key, message: `has the action ${action.name}, whose parameter ${parameter.name} ${body.schemaName} marks ${(property.versions ?? []).join(' and ')} only, but the ${version} metadata has it` });
    } else if (property === undefined) findings.push({ key, message: `has the action ${action.name}, whose parameter ${parameter.name} (${text(parameter)}) ${body.schemaName} lacks` });
    else {
      const mismatch = check(body, parameter);
      if (mismatch !== undefined) findings.push({ key, message: `has the action ${action.name}, whose parameter ${parameter.name} is ${text(parameter)}, but ${body.schemaName}.${parameter.name} ${mismatch}` });
      else if (!parameter.nullable && !property.required) findings.push({ key, message: `has the action ${action.name}, whose parameter ${parameter.name} the metadata requires (Nullable="false"), but ${body.schemaName} leaves it optional` });
    }
  }
  for (const property of shape.properties) {
    if (property.name.startsWith('@odata.') || action.parameters.some((p) => p.name === property.name) || !inVersion(property.versions, version)) continue;
    findings.push({ key: `parameter:${action.name}.${property.name}`, message: `has the action ${action.name}, which has no parameter ${property.name}, yet ${body.schemaName} declares it` });
  }
  return findings;
}

function text(parameter: CsdlProperty): string {
  return parameter.collection ? `Collection(${parameter.type})` : parameter.type;
}
