import { api, query } from "./api.ts";
import type { AssignmentView, Contact } from "./chains.ts";
import { currentQuarter, quarterDates } from "./time.ts";
import { loadAll } from "./useLoad.ts";

/** The author may edit a contact for this long after logging it (the API enforces it). */
export const EDIT_WINDOW_MS = 7 * 24 * 3600_000;

export function canEdit(contact: Pick<Contact, "createdAt">, now = Date.now()): boolean {
  return now - Date.parse(contact.createdAt) <= EDIT_WINDOW_MS;
}

/** The caller's own open assignments. */
export async function loadMyAssignments(signal?: AbortSignal): Promise<AssignmentView[]> {
  return (await api<{ items: AssignmentView[] }>("/assignments", { signal })).items;
}

/** Who the caller has contacted in the current quarter (target ids), from their own ledger. */
export async function loadContactedThisQuarter(signal?: AbortSignal): Promise<Set<string>> {
  const contacts = await loadAll<Contact>(`/contacts${query(quarterDates(currentQuarter()))}`, signal);
  return new Set(contacts.flatMap((c) => c.targets.map((target) => target.targetId)));
}

/** How an assignment's target is named: the person, or the described group of the public. */
export function targetLabel(edge: AssignmentView): string {
  return edge.person?.name ?? edge.publicGroup?.description ?? edge.targetName ?? edge.targetId;
}
