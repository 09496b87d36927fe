/**
 * Service failures in the V8 runtime are plain `Error`s named "Exception" whose message is the bare
 * text; logs show them as "Exception: <message>" (apps-script-behaviours.md §0.1).
 */
export function gasException(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/** Google's wording when a method gets arguments of the wrong types (§0.3). */
export function signatureMismatch(types: string, method: string): Error {
  return gasException(`The parameters (${types}) don't match the method signature for ${method}.`);
}

/** Names an argument's type the way Apps Script's signature errors do: `String`, `number[]`, `Object`… */
export function describeArgumentType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'Object[]';
    const inner = describeArgumentType(value[0]);
    return inner.endsWith('[]') ? `Object[][]`.replace('Object', inner.replace(/\[\]$/, '')) : `${inner}[]`;
  }
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'number':
      return 'number';
    case 'boolean':
      return 'Boolean';
    case 'undefined':
      return 'undefined';
    default:
      return value instanceof Date ? 'Date' : 'Object';
  }
}
