import type { EditorUserApi } from '../../gas/api/spreadsheet';
import type { Kernel } from '../runtime/kernel';

/** A `Base.User` as spreadsheets and protections list it (editors, owner). */
export class OfflineEditorUser implements EditorUserApi {
  constructor(
    private readonly kernel: Kernel,
    readonly address: string,
  ) {}

  getEmail(): string {
    this.kernel.tick('Base.User.getEmail');
    return this.address;
  }
}

/** Accepts what Google's overloads accept: an e-mail address or a `User` (read without counting a call when offline). */
export function emailOf(user: unknown): string {
  if (user instanceof OfflineEditorUser) return user.address;
  if (user && typeof user === 'object' && typeof (user as { getEmail?: unknown }).getEmail === 'function') {
    return String((user as { getEmail: () => string }).getEmail());
  }
  return String(user);
}
