/**
 * E-mail addresses as Google's services accept them. Google documents no grammar; this accepts what Gmail
 * accepts in practice (`local@domain.tld`, or `Name <local@domain.tld>`) and refuses the rest, e.g. a
 * missing `@`, spaces inside the address, a domain without a dot [unsure: Google may accept dotless
 * intranet domains for Workspace accounts].
 */
const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\.][^\s@<>(),;:"[\]\\]*$/;

/** The bare address of `addr` or `Display Name <addr>`, or null when it is not a valid address. */
export function bareAddress(text: string): string | null {
  const trimmed = text.trim();
  const named = /^[^<>]*<([^<>]+)>$/.exec(trimmed);
  const address = (named ? named[1]! : trimmed).trim();
  return ADDRESS.test(address) ? address : null;
}

/** A comma-separated recipient list (Google's format for `to`, `cc`, `bcc`, `guests`), empty items dropped. */
export function splitAddressList(list: string | undefined | null): string[] {
  if (list === undefined || list === null) return [];
  return String(list)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
