// Practices are identified by tenant and AGB code (issue 12 §5): a team in another tenant that enters an AGB code gets
// its own practice, so it can neither lock the real one out nor learn that it exists. The AGB code stays a field.
//
//   linked in a tenant      `<agb>@<tenant id, lower case>`   e.g. `01234567@72f988bf-86f1-41af-91ab-2d7cd011db47`
//   no tenant (emulator)    `<agb>`
//
// Practices linked before this have the id `<agb>` (with or without a stored tenant) and keep it: they are found by
// their team as before, and a new link in the tenant stored on such a row reuses it (dialogs/link-practice).

/** The id of the practice with this AGB code in this tenant. */
export function practiceIdFor(agb: string, tenantId: string | undefined): string {
  return tenantId === undefined || tenantId === '' ? agb : `${agb}@${tenantId.toLowerCase()}`;
}

/** Whether a practice was linked in this tenant (GUIDs compared without case; no tenant on both counts as the same). */
export function inTenant(practice: { tenantId?: string }, tenantId: string | undefined): boolean {
  const own = practice.tenantId;
  if (own === undefined || tenantId === undefined) return own === tenantId;
  return own.toLowerCase() === tenantId.toLowerCase();
}

/**
 * Whether a turn from this tenant may see the practice once resolved (team, picked, a card's id): one linked in
 * another tenant never; one stored without a tenant (linked before tenants were kept) or a turn without one, as before.
 */
export function visibleIn(practice: { tenantId?: string }, tenantId: string | undefined): boolean {
  return practice.tenantId === undefined || tenantId === undefined || inTenant(practice, tenantId);
}
