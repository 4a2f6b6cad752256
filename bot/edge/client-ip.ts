// The client IP the failed-request limit counts against. Behind a proxy (App Service, Front Door) every request
// arrives from the proxy's address, so CLIENT_IP_HEADER names the header the proxy writes; its last entry is the one
// the nearest proxy appended, the only one a client cannot forge. Without the setting the socket address is used.
import type { IncomingMessage } from 'node:http';

/** `1.2.3.4:5678` (App Service writes the port) → `1.2.3.4`; IPv6 addresses keep their colons. */
function withoutPort(address: string): string {
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (v4?.[1] !== undefined) return v4[1];
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  return bracketed?.[1] ?? address;
}

export function clientIp(req: IncomingMessage, header: string | undefined): string {
  if (header !== undefined) {
    const value = req.headers[header.toLowerCase()];
    const last = (Array.isArray(value) ? value.join(',') : (value ?? '')).split(',').at(-1)?.trim();
    if (last !== undefined && last !== '') return withoutPort(last);
  }
  return req.socket.remoteAddress ?? 'unknown';
}
