// Short reference codes a user can read out to support; the same code is in the log line of the error.
import { randomBytes } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 6 characters of RFC 4648 base32: 30 random bits, plenty to find one log line among a day's errors. */
export function referenceCode(): string {
  const bytes = randomBytes(4);
  const n = bytes.readUInt32BE(0);
  let code = '';
  for (let i = 0; i < 6; i += 1) code += BASE32[(n >>> (i * 5)) & 31];
  return code;
}
